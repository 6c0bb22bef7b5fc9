/**
 * The one module that touches Wix Data. Every call is elevated: the collection is PRIVILEGED, so only the app
 * itself may read or write it, never the calling admin's own identity. Records hold Wix download URLs, which are
 * secrets: nothing here logs an item.
 */
import { items } from '@wix/data';
import { auth } from '@wix/essentials';
import { LINKS_COLLECTION_ID } from './collection';
import { NotInWix } from './history-errors';
import type { LinkStore, StorePage, StoreQuery, StoreResult } from './link-store';
import type { LinkRecord } from './record';

/** Outside a Wix request the SDK resolves to a function and sends nothing. */
function fromWix<T>(value: T): T {
  if (typeof value === 'function') throw new NotInWix();
  return value;
}

async function query({ filter, sort, limit, page, fields }: StoreQuery): Promise<StoreResult> {
  const offset = page !== undefined && 'offset' in page ? page.offset : 0;
  // A Wix cursor already holds the filter and sort of the query that made it; Wix refuses them beside it.
  const request =
    page !== undefined && 'cursor' in page
      ? { cursorPaging: { limit, cursor: page.cursor } }
      : { filter, sort, paging: { limit, offset }, ...(fields ? { fields } : {}) };
  const result = fromWix(await auth.elevate(items.query)(LINKS_COLLECTION_ID, request));
  const paging = result.pagingMetadata;
  if (!paging?.hasNext) return { items: result.items };
  const cursor = paging.cursors?.next;
  const next: StorePage = cursor ? { cursor } : { offset: offset + result.items.length };
  return { items: result.items, next };
}

export const wixDataStore: LinkStore = {
  async insertMany(records: LinkRecord[]) {
    const result = fromWix(await auth.elevate(items.bulkInsert)(LINKS_COLLECTION_ID, records));
    return result.inserted;
  },
  query,
  async get(linkId) {
    return fromWix(await auth.elevate(items.get)(LINKS_COLLECTION_ID, linkId));
  },
  async patch(linkId, { set, remove }) {
    let builder = auth.elevate(items.patch)(LINKS_COLLECTION_ID, linkId);
    for (const [field, value] of Object.entries(set)) builder = builder.setField(field, value);
    for (const field of remove) builder = builder.removeField(field);
    return fromWix(await builder.run());
  },
  async remove(linkId) {
    const removed = fromWix(await auth.elevate(items.remove)(LINKS_COLLECTION_ID, linkId));
    return removed !== null;
  },
};
