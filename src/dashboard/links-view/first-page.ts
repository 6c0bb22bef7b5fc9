/** The Links view's first page for its opening query, asked for the moment the owner opens the tab. */
import type { ListShareLinksQuery } from '../../common/link-history';
import { webMethods } from '../shared/web-methods';
import { earlyAnswer } from '../shared/early-answer';

/**
 * `toListQuery(DEFAULT_LINKS_QUERY)`, written out: this module is in the page's first load and links-query.ts,
 * with the rest of the view's query rules, stays in the view's chunk. test/unit/links-view/links-query.test.ts
 * keeps the two equal.
 */
export const OPENING_LIST_QUERY: ListShareLinksQuery = { sort: 'CREATED_DESC' };

export const firstLinksPage = earlyAnswer(() => webMethods().then((methods) => methods.listShareLinks(OPENING_LIST_QUERY)));
