/** What the owner asked the Links view for, and the web-method query it becomes. */
import type { LinkSort, LinkStatus, ListShareLinksQuery } from '../../common/link-history';

export type StatusChoice = 'ALL' | LinkStatus;
export const STATUS_CHOICES: readonly StatusChoice[] = ['ALL', 'ACTIVE', 'EXPIRED', 'REVOKED', 'USED_UP'];

export type LinksQuery = { search: string; status: StatusChoice; sort: LinkSort };

export const DEFAULT_LINKS_QUERY: LinksQuery = { search: '', status: 'ALL', sort: 'CREATED_DESC' };

export const sameQuery = (a: LinksQuery, b: LinksQuery): boolean => a.search === b.search && a.status === b.status && a.sort === b.sort;

export const isFiltered = (query: LinksQuery): boolean => query.search !== '' || query.status !== 'ALL';

export function toListQuery(query: LinksQuery, cursor: string | undefined): ListShareLinksQuery {
  return {
    sort: query.sort,
    ...(query.search ? { search: query.search } : {}),
    ...(query.status === 'ALL' ? {} : { status: query.status }),
    ...(cursor ? { cursor } : {}),
  };
}
