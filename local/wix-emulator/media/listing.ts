/**
 * Filter, sort and cursor paging for ListFiles / SearchFiles / ListFolders.
 *
 * Scale: each distinct query (scope + filters + sort) is materialised once, from base arrays that are
 * pre-sorted per scope and field, and kept in a small cache; a page is then a slice at the cursor's offset.
 * The cursor carries the whole query, as Wix's opaque cursors do, so a caller may send just the cursor.
 */
import { applicationError, validationError } from '../errors';

export type SortOrder = 'ASC' | 'DESC';
export type Sort = { fieldName: string; order: SortOrder };
export type Query = { scope: string; filters: Record<string, unknown>; sort: Sort };
export type Page<T> = { items: T[]; next: string; hasNext: boolean };

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;
const CACHE_LIMIT = 64;

export function parseSort(fieldName: string | undefined, order: string | undefined, allowed: readonly string[]): Sort {
  const name = fieldName || 'updatedDate';
  if (!allowed.includes(name)) {
    throw applicationError(400, 'UNSUPPORTED_SORT_VALUE', `Sorting by "${name}" is not supported.`, {
      allowedValues: allowed,
      requestValue: name,
    });
  }
  if (order !== undefined && order !== 'ASC' && order !== 'DESC') {
    throw validationError([{ field: 'sort.order', description: 'must be ASC or DESC', violatedRule: 'FORMAT' }]);
  }
  return { fieldName: name, order: order ?? 'DESC' };
}

export function parseLimit(raw: unknown): number {
  if (raw === undefined || raw === null || raw === '') return DEFAULT_PAGE_SIZE;
  const limit = Number(raw);
  if (!Number.isInteger(limit)) {
    throw validationError([{ field: 'paging.limit', description: 'must be an integer', violatedRule: 'FORMAT' }]);
  }
  if (limit < 0) {
    throw validationError([{ field: 'paging.limit', description: 'must be at least 0', violatedRule: 'MIN' }]);
  }
  if (limit > MAX_PAGE_SIZE) {
    throw validationError([
      { field: 'paging.limit', description: `must be at most ${MAX_PAGE_SIZE}`, violatedRule: 'MAX' },
    ]);
  }
  return limit === 0 ? DEFAULT_PAGE_SIZE : limit;
}

type Cursor = { query: Query; offset: number };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  const invalid = validationError([
    { field: 'paging.cursor', description: 'is not a cursor returned by this API', violatedRule: 'FORMAT' },
  ]);
  if (raw.length > 16000) throw invalid;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (!Number.isSafeInteger(parsed.offset) || parsed.offset < 0 || typeof parsed.query?.scope !== 'string') throw invalid;
    return parsed;
  } catch {
    throw invalid;
  }
}

/** Materialised query results, least recently used evicted first. */
export class QueryCache<T> {
  private readonly entries = new Map<string, T[]>();

  get(query: Query, build: () => T[]): T[] {
    const key = JSON.stringify(query);
    let items = this.entries.get(key);
    if (items) {
      this.entries.delete(key);
    } else {
      items = build();
      if (this.entries.size >= CACHE_LIMIT) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
    }
    this.entries.set(key, items);
    return items;
  }
}

export function pageOf<T>(items: readonly T[], query: Query, offset: number, limit: number): Page<T> {
  const end = Math.min(items.length, offset + limit);
  const hasNext = end < items.length;
  return {
    items: items.slice(offset, end),
    hasNext,
    next: hasNext ? encodeCursor({ query, offset: end }) : '',
  };
}

/** Sorted copy by one field, ties broken by id so pages never overlap or skip. */
export function sortedBy<T extends { id: string }>(items: readonly T[], key: (item: T) => string | number): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return keyed.map((entry) => entry.item);
}

export function pagingResponse(page: Page<unknown>): { cursors: { next: string }; hasNext: boolean } {
  return { cursors: { next: page.next }, hasNext: page.hasNext };
}
