/**
 * The Links view's first page for its opening query, asked for the moment the owner opens the tab, so the
 * request runs while the view's code downloads and renders instead of after. The view takes this answer as its
 * first page (so the first rows still come from one query), and only when it is recent: an answer kept longer
 * could miss links made since.
 */
import { listShareLinks } from '../../backend/share-links.web';
import type { ListShareLinksResponse } from '../../common/link-history';
import { DEFAULT_LINKS_QUERY, toListQuery } from './links-query';

const FRESH_MS = 10_000;

let early: { askedAt: number; answer: Promise<ListShareLinksResponse> } | undefined;

export function askFirstPage(): void {
  const answer = listShareLinks(toListQuery(DEFAULT_LINKS_QUERY, undefined));
  // A failure here is the view's to report when it takes the answer; until then it must not go unhandled.
  answer.catch(() => undefined);
  early = { askedAt: Date.now(), answer };
}

/** The early answer, once: later loads (a retry, another query) ask anew. */
export function takeFirstPage(): Promise<ListShareLinksResponse> | undefined {
  const taken = early && Date.now() - early.askedAt < FRESH_MS ? early.answer : undefined;
  early = undefined;
  return taken;
}
