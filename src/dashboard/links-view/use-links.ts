/** The links of the current query, one page of 50 at a time (see usePagedList for paging, retries and stale answers). */
import { useCallback, useState } from 'react';
import { webMethods } from '../shared/web-methods';
import type { ShareLinkRecord } from '../../common/link-history';
import { usePagedList, type Page, type PagedList } from '../shared/use-paged-list';
import { LinksRequestFailed, linksFailureOf, type LinksFailure } from './links-failure';
import { firstLinksPage } from './first-page';
import { DEFAULT_LINKS_QUERY, sameQuery, toListQuery, type LinksQuery } from './links-query';

export type LinksState = PagedList<ShareLinkRecord, LinksFailure>;

async function fetchLinks(query: LinksQuery, cursor: string | undefined): Promise<Page<ShareLinkRecord>> {
  const opening = cursor === undefined && sameQuery(query, DEFAULT_LINKS_QUERY);
  const ask = () => webMethods().then((methods) => methods.listShareLinks(toListQuery(query, cursor)));
  // An early ask that never reached the backend (the web methods' chunk or the connection dropped while the tab
  // opened, as the view's own code may have) is asked again now that the view is here; an answer is taken as it is.
  const early = opening ? firstLinksPage.take() : undefined;
  const response = await (early ? early.catch(ask) : ask());
  if (!response.ok) throw new LinksRequestFailed(response.error);
  return { rows: response.links, next: response.nextCursor ?? '' };
}

/** The early first page when it is already in as the view first renders: its rows are drawn in that render. */
function readyFirstPage(query: LinksQuery): Page<ShareLinkRecord> | undefined {
  if (!sameQuery(query, DEFAULT_LINKS_QUERY)) return undefined;
  const ready = firstLinksPage.takeReady();
  return ready?.ok ? { rows: ready.links, next: ready.nextCursor ?? '' } : undefined;
}

export function useLinks(query: LinksQuery): LinksState {
  const fetchPage = useCallback((cursor: string | undefined) => fetchLinks(query, cursor), [query]);
  const [opening] = useState(() => readyFirstPage(query));
  return usePagedList(fetchPage, linksFailureOf, opening);
}
