/**
 * The transport-free entry points of the link-history web methods: validate any JSON the caller sent, ask the
 * store, answer plain data. Every failure is returned as `{ ok: false, error }`, never thrown.
 */
import { z } from 'zod';
import type {
  CountActiveLinksResponse,
  DeleteShareLinkResponse,
  ListShareLinksResponse,
  ShareLinkChangeResponse,
} from '../../common/link-history';
import { historyMessages } from '../../common/link-history-messages';
import { MAX_COUNTED_FILE_IDS } from '../../common/limits';
import type { ShareLinkError } from '../../common/share-links';
import { fieldOf } from '../share-links/field-path';
import { fileIdOf } from '../share-links/file-id';
import { historyError } from './history-errors';
import { parseChanges, revokeChange, updateChange, type ChangeDecision } from './link-changes';
import { STORED_LINK_ID } from './link-id';
import type { LinkStore, StorePage } from './link-store';
import { encodeLinksCursor, parseLinksQuery, readText } from './list-query';
import { recordView, STATUS_PART_FIELDS, statusFieldsOf, statusPart, storedRecord, type StoredFields } from './record-view';
import { keepsStatus, statusFilter } from './status-filter';
import { linkStatus } from './status';

export type HistoryDeps = { store: LinkStore; now(): Date };

const invalid = (message: string, field: string): { ok: false; error: ShareLinkError } => ({
  ok: false,
  error: { code: 'INVALID_ARGUMENT', message, field },
});

export async function listShareLinksWith(deps: HistoryDeps, rawQuery: unknown): Promise<ListShareLinksResponse> {
  const now = deps.now();
  const checked = parseLinksQuery(rawQuery, now);
  if (!checked.ok) return checked;
  const { store, status } = checked.query;
  try {
    const page = await deps.store.query(store);
    const links = page.items.flatMap((item) => {
      const record = storedRecord(item);
      return record && keepsStatus(status, statusFieldsOf(record), now) ? [recordView(record, now)] : [];
    });
    return { ok: true, links, ...(page.next ? { nextCursor: encodeLinksCursor(page.next) } : {}) };
  } catch (thrown) {
    return { ok: false, error: historyError(thrown) };
  }
}

export async function deleteShareLinkWith(deps: HistoryDeps, rawLinkId: unknown): Promise<DeleteShareLinkResponse> {
  if (typeof rawLinkId !== 'string' || !STORED_LINK_ID.test(rawLinkId)) return invalid(historyMessages.linkIdInvalid, 'linkId');
  try {
    if (await deps.store.remove(rawLinkId)) return { ok: true };
    return { ok: false, error: { code: 'LINK_NOT_FOUND', message: historyMessages.linkNotFound } };
  } catch (thrown) {
    return { ok: false, error: historyError(thrown) };
  }
}

const notFound = { ok: false as const, error: { code: 'LINK_NOT_FOUND' as const, message: historyMessages.linkNotFound } };

/** Reads the record, asks `decide`, writes its patch (skipped when empty) and answers the link as it is now. */
async function changeLink(deps: HistoryDeps, rawLinkId: unknown, decide: (record: StoredFields, now: Date) => ChangeDecision): Promise<ShareLinkChangeResponse> {
  if (typeof rawLinkId !== 'string' || !STORED_LINK_ID.test(rawLinkId)) return invalid(historyMessages.linkIdInvalid, 'linkId');
  try {
    const now = deps.now();
    const record = storedRecord(await deps.store.get(rawLinkId));
    if (!record) return notFound;
    const decision = decide(record, now);
    if (!decision.ok) return decision;
    const { set, remove } = decision.patch;
    if (Object.keys(set).length === 0 && remove.length === 0) return { ok: true, link: recordView(record, now) };
    const changed = storedRecord(await deps.store.patch(rawLinkId, decision.patch));
    return changed ? { ok: true, link: recordView(changed, now) } : notFound;
  } catch (thrown) {
    return { ok: false, error: historyError(thrown) };
  }
}

export const revokeShareLinkWith = (deps: HistoryDeps, rawLinkId: unknown): Promise<ShareLinkChangeResponse> =>
  changeLink(deps, rawLinkId, revokeChange);

export async function updateShareLinkWith(deps: HistoryDeps, rawLinkId: unknown, rawChanges: unknown): Promise<ShareLinkChangeResponse> {
  const parsed = parseChanges(rawChanges);
  if (!parsed.ok) return parsed;
  return changeLink(deps, rawLinkId, (record, now) => updateChange(record, parsed.changes, now));
}

const fileIds = z
  .array(readText(fileIdOf, historyMessages.fileIdsInvalid), { error: historyMessages.fileIdsInvalid })
  .min(1, { error: historyMessages.fileIdsInvalid })
  .max(MAX_COUNTED_FILE_IDS, { error: historyMessages.fileIdsInvalid });

/** Wix Data pages at most 1,000 items with an offset; enough for any page of files in practice. */
const COUNT_PAGE_SIZE = 1000;
/** Bounds the calls of one count when a page of files has more than 10,000 active links. */
const MAX_COUNT_PAGES = 10;

/**
 * Active links per file for a page of files, in one query (`$in` over the page's file ids) rather than one per
 * file. Counts are exact up to MAX_COUNT_PAGES pages of active links.
 */
export async function countActiveLinksWith(deps: HistoryDeps, rawFileIds: unknown): Promise<CountActiveLinksResponse> {
  const parsed = fileIds.safeParse(rawFileIds);
  if (!parsed.success) return invalid(historyMessages.fileIdsInvalid, fieldOf(['fileIds', ...(parsed.error.issues[0]?.path ?? [])]));
  const now = deps.now();
  const counts: Record<string, number> = Object.fromEntries(parsed.data.map((id) => [id, 0]));
  const filter = { ...statusFilter('ACTIVE', now), fileId: { $in: [...new Set(parsed.data)] } };
  try {
    let page: StorePage | undefined;
    for (let call = 0; call < MAX_COUNT_PAGES; call++) {
      const result = await deps.store.query({ filter, sort: [], limit: COUNT_PAGE_SIZE, fields: STATUS_PART_FIELDS, ...(page ? { page } : {}) });
      for (const item of result.items) countActive(counts, item, now);
      page = result.next;
      if (!page) break;
    }
    return { ok: true, counts };
  } catch (thrown) {
    return { ok: false, error: historyError(thrown) };
  }
}

function countActive(counts: Record<string, number>, item: unknown, now: Date): void {
  const record = statusPart.safeParse(item).data;
  const count = record ? counts[record.fileId] : undefined;
  if (!record || count === undefined) return;
  if (linkStatus(statusFieldsOf(record), now) === 'ACTIVE') counts[record.fileId] = count + 1;
}
