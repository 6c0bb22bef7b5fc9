/**
 * The one mapping from what a Wix Data call threw to the error the owner reads. @wix/data errors carry Wix Data's
 * own code in `details.applicationError.code` (WDE…) and sometimes a WD_* `code`; network failures carry neither.
 * Wix's wording is never passed on: it is not written for site owners.
 */
import type { ShareLinkError } from '../../common/share-links';
import { historyMessages } from '../../common/link-history-messages';
import { httpStatusOf } from '../../common/http-status';

/** What the store throws when the SDK resolved to a function: there is no Wix request context. */
export class NotInWix extends Error {}

const UNAVAILABLE = new Set(['WDE0025', 'WDE0026', 'WD_SCHEMA_DOES_NOT_EXIST', 'WD_COLLECTION_DELETED']);
const PERMISSION = new Set(['WDE0027', 'WD_PERMISSION_DENIED', 'WD_UNAUTHORIZED']);
const RATE_LIMIT = new Set(['WDE0014', 'WD_TOO_MANY_REQUESTS']);
const NOT_FOUND = new Set(['WDE0073', 'WD_ITEM_DOES_NOT_EXIST']);

function codesOf(thrown: unknown): Set<string> {
  if (typeof thrown !== 'object' || thrown === null) return new Set();
  const { code, details } = thrown as { code?: unknown; details?: { applicationError?: { code?: unknown } } | null };
  return new Set([code, details?.applicationError?.code].filter((value): value is string => typeof value === 'string'));
}

const matches = (codes: Set<string>, known: Set<string>) => [...codes].some((code) => known.has(code));

export function historyError(thrown: unknown): ShareLinkError {
  const message = thrown instanceof Error ? thrown.message : '';
  if (thrown instanceof NotInWix || /elevated (client|authentication strategy)/i.test(message)) {
    return { code: 'NOT_IN_WIX', message: historyMessages.historyNotInWix };
  }
  const codes = codesOf(thrown);
  const status = httpStatusOf(thrown);
  if (matches(codes, UNAVAILABLE)) return { code: 'HISTORY_UNAVAILABLE', message: historyMessages.historyUnavailable };
  if (matches(codes, PERMISSION) || status === 401 || status === 403) {
    return { code: 'HISTORY_PERMISSION_DENIED', message: historyMessages.historyPermissionDenied };
  }
  if (matches(codes, RATE_LIMIT) || status === 429) return { code: 'RATE_LIMITED', message: historyMessages.historyRateLimited };
  if (matches(codes, NOT_FOUND)) return { code: 'LINK_NOT_FOUND', message: historyMessages.linkNotFound };
  if (status !== undefined && status >= 400 && status < 500) return { code: 'INVALID_ARGUMENT', message: historyMessages.historyRejected };
  return { code: 'UPSTREAM_ERROR', message: historyMessages.historyUpstreamError };
}
