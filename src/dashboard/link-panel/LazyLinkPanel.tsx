import React, { type ComponentProps, type FC } from 'react';
import { pageMessages } from '../shared/messages';
import type { LinkPanel } from './LinkPanel';
import { PanelLoadFailed } from './PanelLoadFailed';
import { PanelLoading } from './PanelLoading';
import { chunkLoader, LazyChunk } from '../shared/lazy-chunk';
import { loadViewsKit } from '../shared/load-views-kit';

type Props = ComponentProps<typeof LinkPanel>;

/** The panel (form, results, CSV) is a chunk of its own, and its words a catalog of their own: see shared/lazy-chunk. */
// The panel's code, then its words in the page's language (their loaders are in that code, not the page's).
const loadLinkPanel = chunkLoader(
  () => import('./LinkPanel'),
  import.meta.url,
  async (module) => {
    await module.loadLinkPanelMessages();
    return module.LinkPanel;
  },
  [loadViewsKit],
);

/** The panel's rules the Links view's dialogs reuse, from the panel's own chunk (see link-rules.ts). */
export const loadLinkRules = chunkLoader(() => import('./LinkPanel'), import.meta.url, async (module) => module.linkRules);

/** Starts fetching the panel's code and words before they are needed, e.g. when the owner reaches for the list. */
export const prefetchLinkPanel = (): void => void loadLinkPanel().catch(() => undefined);

export const LazyLinkPanel: FC<Props> = (props) => {
  const title = pageMessages.linkPanelTitle({ count: props.files.length });
  return (
    <LazyChunk
      load={loadLinkPanel}
      props={props}
      loading={<PanelLoading title={title} />}
      failed={(retry) => <PanelLoadFailed title={title} onRetry={retry} onClose={props.onClose} />}
    />
  );
};
