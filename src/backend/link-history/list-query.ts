/**
 * Validates the raw argument of `listShareLinks` (the page is not a security boundary) and turns it into one
 * Wix Data query: search, status and file as one filter, a sort with a tie-break so pages never overlap, and
 * where the page starts.
 */
import { z } from 'zod';
import { historyMessages } from '../../common/link-history-messages';
import { LINK_SORTS, LINK_STATUSES, type LinkSort, type LinkStatus } from '../../common/link-history';
import {
  DEFAULT_LINKS_PAGE_SIZE,
  MAX_LINKS_CURSOR_LENGTH,
  MAX_LINKS_PAGE_SIZE,
  MAX_LINK_SEARCH_LENGTH,
} from '../../common/limits';
import type { ShareLinkError } from '../../common/share-links';
import { fieldOf } from '../share-links/field-path';
import { fileIdOf } from '../share-links/file-id';
import type { StoreFilter, StorePage, StoreQuery, StoreSort } from './link-store';
import { statusFilter } from './status-filter';

export type LinksQuery = { store: StoreQuery; status?: LinkStatus };
export type LinksQueryCheck = { ok: true; query: LinksQuery } | { ok: false; error: ShareLinkError };

const SORTS: Record<LinkSort, StoreSort> = {
  CREATED_DESC: [{ fieldName: 'createdAt', order: 'DESC' }],
  CREATED_ASC: [{ fieldName: 'createdAt', order: 'ASC' }],
  EXPIRES_ASC: [{ fieldName: 'expiresAt', order: 'ASC' }],
  EXPIRES_DESC: [{ fieldName: 'expiresAt', order: 'DESC' }],
};
const TIE_BREAK: StoreSort = [{ fieldName: '_id', order: 'ASC' }];

// A cursor names where the next page starts: Wix's own cursor ("c."), or an offset ("o.") when Wix gave none.
const WIX_CURSOR = /^c\.([\x21-\x7e]+)$/;
const OFFSET_CURSOR = /^o\.(\d{1,7})$/;

export function encodeLinksCursor(page: StorePage): string {
  return 'cursor' in page ? `c.${page.cursor}` : `o.${page.offset}`;
}

function pageOf(cursor: string): StorePage | undefined {
  const wix = WIX_CURSOR.exec(cursor)?.[1];
  if (wix !== undefined) return { cursor: wix };
  const offset = OFFSET_CURSOR.exec(cursor)?.[1];
  return offset === undefined ? undefined : { offset: Number(offset) };
}

/** Text that `read` turns into a value, or refuses with `message`. */
export function readText<T>(read: (text: string) => T | undefined, message: string) {
  return z.string({ error: message }).transform((text, ctx) => {
    const value = read(text);
    if (value !== undefined) return value;
    ctx.issues.push({ code: 'custom', input: text, message });
    return z.NEVER;
  });
}

const query = z
  .strictObject(
    {
      search: z.string({ error: historyMessages.searchInvalid }).trim().max(MAX_LINK_SEARCH_LENGTH, { error: historyMessages.searchInvalid }).nullish(),
      status: z.enum(LINK_STATUSES as [LinkStatus, ...LinkStatus[]], { error: historyMessages.statusInvalid }).nullish(),
      fileId: readText(fileIdOf, historyMessages.fileIdInvalid).nullish(),
      sort: z.enum(LINK_SORTS as [LinkSort, ...LinkSort[]], { error: historyMessages.sortInvalid }).nullish(),
      cursor: readText((cursor) => (cursor.length <= MAX_LINKS_CURSOR_LENGTH ? pageOf(cursor) : undefined), historyMessages.cursorInvalid).nullish(),
      limit: z
        .number({ error: historyMessages.limitInvalid })
        .int({ error: historyMessages.limitInvalid })
        .min(1, { error: historyMessages.limitInvalid })
        .max(MAX_LINKS_PAGE_SIZE, { error: historyMessages.limitInvalid })
        .nullish(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? historyMessages.queryUnknown(String(issue.keys[0])) : historyMessages.queryNotObject,
    },
  )
  .nullish();

export function parseLinksQuery(raw: unknown, now: Date): LinksQueryCheck {
  const parsed = query.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? String(issue.keys[0]) : fieldOf(issue?.path);
    return {
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: issue?.message ?? historyMessages.queryNotObject, ...(field ? { field } : {}) },
    };
  }
  const given = parsed.data ?? {};
  const conditions: StoreFilter[] = [];
  if (given.status) conditions.push(statusFilter(given.status, now));
  if (given.fileId) conditions.push({ fileId: given.fileId });
  if (given.search) conditions.push(searchFilter(given.search));
  return {
    ok: true,
    query: {
      store: {
        filter: conditions.length === 1 ? conditions[0]! : conditions.length === 0 ? {} : { $and: conditions },
        sort: [...SORTS[given.sort ?? 'CREATED_DESC'], ...TIE_BREAK],
        limit: given.limit ?? DEFAULT_LINKS_PAGE_SIZE,
        ...(given.cursor ? { page: given.cursor } : {}),
      },
      ...(given.status ? { status: given.status } : {}),
    },
  };
}

/** Wix's $contains ignores case; two fields need an $or, which is what the query builder's `.or()` sends. */
function searchFilter(search: string): StoreFilter {
  return { $or: [{ fileName: { $contains: search } }, { label: { $contains: search } }] };
}
