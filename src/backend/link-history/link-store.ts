/**
 * What the link history needs from a store, as plain data: Wix Data filters and sorts are JSON, so the rules that
 * build them stay testable without Wix. wix-data-store.ts is the implementation over @wix/data.
 */
import type { LinkPatch } from './link-changes';
import type { LinkRecord } from './record';

/** A Wix Data filter, e.g. `{ expiresAt: { $gt: Date }, revokedAt: null }`; Dates are sent as `{"$date"}`. */
export type StoreFilter = Record<string, unknown>;
export type StoreSort = { fieldName: string; order: 'ASC' | 'DESC' }[];
/** Where a page starts: Wix's own cursor when it gave one, else an offset into the same query. */
export type StorePage = { cursor: string } | { offset: number };

export type StoreQuery = { filter: StoreFilter; sort: StoreSort; limit: number; page?: StorePage; fields?: string[] };
/** Items exactly as the SDK returned them; callers check their shape. */
export type StoreResult = { items: unknown[]; next?: StorePage };

export type LinkStore = {
  /** One request for all of them; resolves to how many were stored. */
  insertMany(records: LinkRecord[]): Promise<number>;
  query(query: StoreQuery): Promise<StoreResult>;
  get(linkId: string): Promise<unknown>;
  /** false when there was no such link. */
  remove(linkId: string): Promise<boolean>;
  /** Sets and removes fields of one item in one request; resolves to the item as changed, null when it is gone. */
  patch(linkId: string, patch: LinkPatch): Promise<unknown>;
};
