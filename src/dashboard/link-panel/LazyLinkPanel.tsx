import React, { type ComponentProps, type FC } from 'react';
import { linkPanelMessages } from './messages';
import type { LinkPanel } from './LinkPanel';
import { PanelLoadFailed } from './PanelLoadFailed';
import { PanelLoading } from './PanelLoading';
import { chunkLoader, LazyChunk } from '../shared/lazy-chunk';

type Props = ComponentProps<typeof LinkPanel>;

/** The panel (form, results, CSV) is a chunk of its own: see shared/lazy-chunk. */
const importPanelCode = chunkLoader(() => import('./LinkPanel'), import.meta.url);
const loadLinkPanel = () => importPanelCode().then((module) => module.LinkPanel);

/** Starts fetching the panel's code before it is needed, e.g. when the owner reaches for the list. */
export const prefetchLinkPanel = (): void => void importPanelCode().catch(() => undefined);

export const LazyLinkPanel: FC<Props> = (props) => {
  const title = linkPanelMessages.formTitle({ count: props.files.length });
  return (
    <LazyChunk
      load={loadLinkPanel}
      props={props}
      loading={<PanelLoading title={title} />}
      failed={(retry) => <PanelLoadFailed title={title} onRetry={retry} onClose={props.onClose} />}
    />
  );
};
