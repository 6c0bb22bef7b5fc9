import React, { type ComponentProps, type FC } from 'react';
import { Box, Button, Card, SectionHelper } from '@wix/design-system';
import type { LinksView } from './LinksView';
import { firstLinksPage } from './first-page';
import { LinksLoading } from './LinksLoading';
import { chunkLoader, LazyChunk } from '../shared/lazy-chunk';
import { loadViewsKit } from '../shared/load-views-kit';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

type Props = ComponentProps<typeof LinksView>;

/**
 * The Links view is a chunk of its own, fetched when the owner opens the Links tab, and its words a catalog of
 * their own (see shared/lazy-chunk). What shows before both have arrived uses the page's words.
 */
/** How long the view waits for its early first page before it is drawn with its skeleton instead. */
const FIRST_PAGE_GRACE_MS = 300;

// The view's code, then its words in the page's language (their loaders are in that code, not the page's); beside
// them the views kit, and the early first page (if one was asked for) or FIRST_PAGE_GRACE_MS, so that the view is
// drawn once, with its rows, rather than a skeleton and then the rows, as the Files view is (page.tsx).
const loadLinksView = chunkLoader(
  () => import('./LinksView'),
  import.meta.url,
  async (module) => {
    await module.loadLinksViewMessages();
    return module.LinksView;
  },
  [loadViewsKit, () => firstLinksPage.settled(FIRST_PAGE_GRACE_MS)],
);

/** Starts fetching the view's code and words before they are needed, e.g. when the owner points at its tab. */
export const prefetchLinksView = (): void => void loadLinksView().catch(() => undefined);

/** The owner opened the tab: its code and its first page of links are fetched side by side. */
export function openLinksView(): void {
  prefetchLinksView();
  firstLinksPage.ask();
}

export const LazyLinksView: FC<Props> = (props) => (
  <LazyChunk
    load={loadLinksView}
    props={props}
    loading={
      <Card>
        <LinksLoading />
      </Card>
    }
    failed={(retry) => (
      <SectionHelper skin="danger" title={pageMessages.linksLoadFailedTitle} dataHook={dataHooks.linksViewFailed}>
        <Box direction="vertical" gap="SP2">
          {pageMessages.partNotDownloaded}
          <Box>
            <Button size="small" dataHook={dataHooks.linksViewRetry} onClick={retry}>
              {pageMessages.retry}
            </Button>
          </Box>
        </Box>
      </SectionHelper>
    )}
  />
);
