/**
 * An in-memory LinkStore for unit tests of the rules beside it: it applies no filter of its own, it returns what
 * the test scripted and records what it was asked, so each test sees exactly the query the rules built.
 */
import type { LinkStore, StoreQuery, StoreResult } from '../../../src/backend/link-history/link-store';
import type { LinkRecord } from '../../../src/backend/link-history/record';

export function fakeStore(answers: { query?: StoreResult[]; remove?: boolean; fail?: unknown } = {}) {
  const inserted: LinkRecord[][] = [];
  const queries: StoreQuery[] = [];
  const removed: string[] = [];
  const failOr = <T>(value: T): T => {
    if (answers.fail !== undefined) throw answers.fail;
    return value;
  };
  const store: LinkStore = {
    insertMany: async (records) => {
      inserted.push(records);
      return failOr(records.length);
    },
    query: async (query) => {
      queries.push(query);
      return failOr(answers.query?.shift() ?? { items: [] });
    },
    get: async () => failOr(null),
    remove: async (linkId) => {
      removed.push(linkId);
      return failOr(answers.remove ?? true);
    },
  };
  return { store, inserted, queries, removed };
}
