/**
 * A big batch goes to `createShareLinks` in parts, so the owner sees links as each part is ready instead of one
 * silent wait. Plain functions over plain data: splitting, running a few parts at once, and folding each part's
 * answer into what the panel shows, in the files' order, without ever dropping a link already made.
 */
import pLimit from 'p-limit';
import type { ShareLinkResult, ShareLinkWarning } from '../../common/share-links';
import type { RequestFailure } from './link-error-messages';

/**
 * The backend makes 5 calls to Wix at once per request, so a part of 10 takes two call rounds; two parts in
 * flight overlap one part's round trip with the other's calls, which keeps the whole batch at the backend's
 * ideal pace while at most 10 calls to Wix run at once.
 */
export const PART_SIZE = 10;
export const PARTS_IN_FLIGHT = 2;

export type PartOutcome =
  | { ok: true; results: ShareLinkResult[]; warnings: ShareLinkWarning[] }
  | { ok: false; error: RequestFailure };

/** What the panel shows while and after a batch runs: answered files in order, files still waiting, and so on. */
export type BatchProgress = {
  results: ShareLinkResult[];
  pending: number;
  /** Links that work but are missing from the link history (HISTORY_NOT_SAVED warnings), over every part. */
  unsaved: number;
  /** The last failure of a whole part; its files are per-file failures, so retrying them is possible. */
  error?: RequestFailure;
};

export function splitIntoParts<T>(items: readonly T[], size = PART_SIZE): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/** Sends every part, a few at a time, and reports each one as soon as it is answered. */
export async function runInParts(
  ids: readonly string[],
  send: (part: string[]) => Promise<PartOutcome>,
  onPart: (part: string[], outcome: PartOutcome) => void,
  { size = PART_SIZE, inFlight = PARTS_IN_FLIGHT } = {},
): Promise<void> {
  const limit = pLimit(inFlight);
  await Promise.all(splitIntoParts(ids, size).map((part) => limit(async () => onPart(part, await send(part)))));
}

/** A part that failed as a whole leaves each of its files failed on its own, so "Retry failed files" covers them. */
function partFailures(part: readonly string[], failure: RequestFailure): ShareLinkResult[] {
  const error = failure === 'unreachable' ? { code: 'UPSTREAM_ERROR' as const, message: '' } : failure;
  return part.map((fileId) => ({ fileId, ok: false, error }));
}

/** Fresh answers replace older ones for the same file; the result keeps the order of `order` (the files chosen). */
export function mergeInOrder(
  order: readonly string[],
  previous: readonly ShareLinkResult[],
  fresh: readonly ShareLinkResult[],
): ShareLinkResult[] {
  const byId = new Map(previous.map((r) => [r.fileId, r]));
  for (const r of fresh) byId.set(r.fileId, r);
  return order.flatMap((id) => byId.get(id) ?? []);
}

export function startBatch(previous: BatchProgress | undefined, ids: readonly string[]): BatchProgress {
  return { results: previous?.results ?? [], pending: ids.length, unsaved: previous?.unsaved ?? 0 };
}

export function applyPart(progress: BatchProgress, order: readonly string[], part: readonly string[], outcome: PartOutcome): BatchProgress {
  const pending = Math.max(0, progress.pending - part.length);
  if (!outcome.ok) {
    return { ...progress, pending, error: outcome.error, results: mergeInOrder(order, progress.results, partFailures(part, outcome.error)) };
  }
  const unsaved = outcome.warnings.reduce((sum, w) => (w.code === 'HISTORY_NOT_SAVED' ? sum + w.unsaved : sum), 0);
  return { ...progress, pending, unsaved: progress.unsaved + unsaved, results: mergeInOrder(order, progress.results, outcome.results) };
}

/**
 * The end of a batch. When no file got a link and a whole part failed, the failure is about the request (the
 * connection, the app's permission), so the panel says that once, with one "Try again", instead of one row per file.
 */
export function settleBatch(progress: BatchProgress): BatchProgress {
  if (progress.error && !progress.results.some((r) => r.ok)) return { ...progress, results: [] };
  return progress;
}

/** Files to send again: the failed ones, or all of them when the last attempt left nothing to show. */
export function idsToRetry(progress: BatchProgress, order: readonly string[]): string[] {
  return progress.results.length ? progress.results.filter((r) => !r.ok).map((r) => r.fileId) : [...order];
}
