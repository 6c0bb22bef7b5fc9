/**
 * The Wix Data filter of a download's conditional count, as plain JSON (the query builder's own shapes:
 * `isEmpty` → null, `gt` → `$gt`, `lt` → `$lt`), so the one condition that keeps counts exact is unit-tested
 * without Wix. The edge module sends it as `run({ condition })`.
 * Also the reading of what Wix Data answers, for the same reason.
 */
import type { LinkRecord } from '../link-history/record';
import type { DownloadCount } from './access-rules';

export function countConditionFilter({ condition }: DownloadCount): Record<string, unknown> {
  return {
    revokedAt: null,
    expiresAt: { $gt: condition.expiresAtAfter },
    ...(condition.downloadsBelow === undefined ? {} : { downloads: { $lt: condition.downloadsBelow } }),
  };
}

/** Wix Data's answer to a write whose condition the item did not meet (or whose item is gone). */
export function isConditionNotMet(thrown: unknown): boolean {
  if (typeof thrown !== 'object' || thrown === null) return false;
  const error = (thrown as { details?: { applicationError?: { code?: unknown; data?: { conditionNotMet?: unknown } } } }).details?.applicationError;
  return error?.code === 'WDE0073' || error?.data?.conditionNotMet === true;
}

/** A stored item as a record: Wix Data may hand back a cleared field as null, which the rules read as absent. */
export function recordOf(item: unknown): LinkRecord | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null)) as LinkRecord;
}
