/**
 * Sorting and paging of a query's matches the way native collections page: offset paging of up to 1,000 items,
 * cursor paging of up to 100, `hasNext` on every page, `total` when asked for. A cursor is opaque to the caller
 * and carries the query (filter, sort, projection) and where the next page starts, so a cursor request needs no
 * filter or sort, exactly as the SDK sends it.
 */
import { compareValues, InvalidFilterError } from './filter';
import { fromWire, readPath, toWire, type DataObject, type DataValue } from './wire-values';

export const DEFAULT_LIMIT = 50;
export const MAX_OFFSET_LIMIT = 1000;
export const MAX_CURSOR_LIMIT = 100;

export type SortSpec = { fieldName: string; order: 'ASC' | 'DESC' };
export type QuerySpec = { filter?: DataValue; sort: SortSpec[]; fields: string[] };
export type PageRequest = { offset: number; limit: number; byCursor: boolean; returnTotalCount: boolean };

export type PagingMetadata = {
  count: number;
  offset?: number;
  total?: number;
  tooManyToCount?: boolean;
  hasNext: boolean;
  cursors?: { next?: string; prev?: string };
};

type CursorState = QuerySpec & { offset: number };

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ ...state, filter: toWire(state.filter ?? null) }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorState {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorState>;
    if (typeof parsed.offset === 'number' && Array.isArray(parsed.sort) && Array.isArray(parsed.fields)) {
      return { filter: fromWire(parsed.filter), sort: parsed.sort, fields: parsed.fields, offset: parsed.offset };
    }
  } catch {
    // Reported below, like any cursor this emulator did not issue.
  }
  throw new InvalidFilterError('The cursor is not valid.');
}

const presence = (value: DataValue | undefined): number => (value === undefined || value === null ? 0 : 1);

export function sortItems(items: DataObject[], sort: SortSpec[]): DataObject[] {
  if (sort.length === 0) return items;
  // Array.prototype.sort is stable, so equal keys keep insertion order and pages never overlap.
  return [...items].sort((a, b) => {
    for (const { fieldName, order } of sort) {
      const left = readPath(a, fieldName);
      const right = readPath(b, fieldName);
      // Empty values sort before any value, as in the CMS.
      let result = presence(left) - presence(right);
      if (result === 0 && presence(left) === 1) result = compareValues(left, right) ?? 0;
      const signed = order === 'DESC' ? -result : result;
      if (signed !== 0) return signed;
    }
    return 0;
  });
}

function project(item: DataObject, fields: string[]): DataObject {
  if (fields.length === 0) return item;
  const projected: DataObject = { _id: item._id ?? null };
  for (const field of fields) {
    const value = readPath(item, field);
    if (value !== undefined) projected[field] = value;
  }
  return projected;
}

/** One page of `matches` (already filtered and sorted), with the metadata the SDK reads. */
export function pageOf(matches: DataObject[], spec: QuerySpec, page: PageRequest): { items: DataObject[]; pagingMetadata: PagingMetadata } {
  const items = matches.slice(page.offset, page.offset + page.limit).map((item) => project(item, spec.fields));
  const hasNext = page.offset + items.length < matches.length;
  const pagingMetadata: PagingMetadata = { count: items.length, hasNext };
  if (!page.byCursor) {
    pagingMetadata.offset = page.offset;
    if (page.returnTotalCount) {
      pagingMetadata.total = matches.length;
      pagingMetadata.tooManyToCount = false;
    }
  }
  // Pages that fit a cursor page come with cursors, so `.next()` continues by cursor as the SDK prefers;
  // larger offset pages continue by offset (see the README on this unverified point).
  if (page.byCursor || page.limit <= MAX_CURSOR_LIMIT) {
    const cursors: { next?: string; prev?: string } = {};
    if (hasNext) cursors.next = encodeCursor({ ...spec, offset: page.offset + items.length });
    if (page.offset > 0) cursors.prev = encodeCursor({ ...spec, offset: Math.max(0, page.offset - page.limit) });
    pagingMetadata.cursors = cursors;
  }
  return { items, pagingMetadata };
}
