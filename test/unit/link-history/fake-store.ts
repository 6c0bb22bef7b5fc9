/**
 * An in-memory LinkStore for unit tests of the rules beside it: it applies no filter of its own, it returns what
 * the test scripted and records what it was asked, so each test sees exactly the query the rules built.
 */
import type { LinkPatch } from '../../../src/backend/link-history/link-changes';
import type { LinkStore, StoreQuery, StoreResult } from '../../../src/backend/link-history/link-store';
import type { LinkRecord } from '../../../src/backend/link-history/record';

/** `item` is what `get` finds; `patch` applies to it as Wix Data would (set, then remove). */
export function fakeStore(answers: { query?: StoreResult[]; remove?: boolean; fail?: unknown; item?: Record<string, unknown> } = {}) {
  const inserted: LinkRecord[][] = [];
  const patches: { linkId: string; patch: LinkPatch }[] = [];
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
    get: async () => failOr(answers.item ?? null),
    patch: async (linkId, patch) => {
      patches.push({ linkId, patch });
      if (!answers.item) return failOr(null);
      const changed: Record<string, unknown> = { ...answers.item, ...patch.set };
      for (const field of patch.remove) delete changed[field];
      return failOr(changed);
    },
    remove: async (linkId) => {
      removed.push(linkId);
      return failOr(answers.remove ?? true);
    },
  };
  return { store, inserted, queries, removed, patches };
}
