import React, { useState, type FC } from 'react';
import { Page, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { FileBrowser } from '../file-browser';
import { LazyLinkPanel, prefetchLinkPanel } from '../link-panel';
import type { FileRow } from '../shared/file-row';
import { pageMessages } from '../shared/messages';
import { ownerTimeZone } from '../shared/time-zone';

const locale = typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';

const DashboardPage: FC = () => {
  const [zone] = useState(ownerTimeZone);
  const [selected, setSelected] = useState<FileRow[]>([]);
  // Each opening is a fresh panel (keyed by its number), so its form and results start anew.
  const [panel, setPanel] = useState<{ files: FileRow[]; opening: number } | null>(null);
  const openPanel = (files: FileRow[]) => setPanel((open) => ({ files, opening: (open?.opening ?? 0) + 1 }));

  return (
    <WixDesignSystemProvider>
      {/* WDS's default minimum (864 px) would push the list under a docked link panel and make narrow
          dashboards scroll sideways; the list switches to a compact layout instead (see FilesTable). */}
      <Page minWidth={0}>
        <Page.Header title={pageMessages.title} subtitle={pageMessages.subtitle} />
        <Page.Content>
          {/* The panel's code is fetched once the owner points at or tabs into the list, so it is usually
              there by the time they click "Create link", while a page that is just opened loads only the list. */}
          <div onPointerOver={prefetchLinkPanel} onFocus={prefetchLinkPanel}>
            <FileBrowser selected={selected} onSelect={setSelected} onCreateLinks={openPanel} locale={locale} zone={zone} />
          </div>
        </Page.Content>
      </Page>
      {panel && (
        <LazyLinkPanel key={panel.opening} files={panel.files} zone={zone} locale={locale} onClose={() => setPanel(null)} />
      )}
    </WixDesignSystemProvider>
  );
};

export default DashboardPage;
