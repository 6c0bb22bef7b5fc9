import React, { useState, type FC } from 'react';
import { Page, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { FileBrowser } from '../file-browser';
import { LazyLinkPanel, prefetchLinkPanel, useCreateLinks } from '../link-panel';
import type { FileRow } from '../shared/file-row';
import { pageMessages } from '../shared/messages';
import { ownerTimeZone } from '../shared/time-zone';

const locale = typeof navigator === 'undefined' ? 'en-US' : navigator.language || 'en-US';

const DashboardPage: FC = () => {
  const [zone] = useState(ownerTimeZone);
  const [selected, setSelected] = useState<FileRow[]>([]);
  const [panelFiles, setPanelFiles] = useState<FileRow[] | null>(null);
  const links = useCreateLinks();

  const openPanel = (files: FileRow[]) => {
    links.reset();
    setPanelFiles(files);
  };

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
      {panelFiles && (
        <LazyLinkPanel files={panelFiles} links={links} zone={zone} locale={locale} onClose={() => setPanelFiles(null)} />
      )}
    </WixDesignSystemProvider>
  );
};

export default DashboardPage;
