/** The Links view's first page for its opening query, asked for the moment the owner opens the tab. */
import { listShareLinks } from '../shared/web-methods';
import { earlyAnswer } from '../shared/early-answer';
import { DEFAULT_LINKS_QUERY, toListQuery } from './links-query';

export const firstLinksPage = earlyAnswer(() => listShareLinks(toListQuery(DEFAULT_LINKS_QUERY, undefined)));
