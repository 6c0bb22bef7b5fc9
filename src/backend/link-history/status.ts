/**
 * A link's status is derived from its record whenever it is read, so an expired link is EXPIRED without any write
 * and nothing has to run at the moment of expiry (generation A has no scheduled jobs).
 *
 * When several apply, the first of these wins:
 * 1. REVOKED: the owner's explicit, final decision. Recipients must read "turned off by the person who shared
 *    it", not be sent to the owner's after-expiry redirect, and turning off a link must look the same in the
 *    Links view however old the link is.
 * 2. EXPIRED: time ends every link, limited or not; the owner's redirect URL belongs to this state, and an expired
 *    link that was also used up needs its expiry changed before a new limit could matter, so expiry is the reason
 *    to show first.
 * 3. USED_UP: the download limit, the one state the owner can undo by raising the limit alone.
 */
import type { LinkRecord } from './record';

export type LinkStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED' | 'USED_UP';

export type StatusFields = Pick<LinkRecord, 'expiresAt' | 'revokedAt' | 'maxDownloads' | 'downloads'>;

/** Expiry is inclusive: at `expiresAt` itself the link no longer works, as with Wix's own `exp`. */
export function linkStatus(record: StatusFields, now: Date): LinkStatus {
  if (record.revokedAt) return 'REVOKED';
  if (now.getTime() >= record.expiresAt.getTime()) return 'EXPIRED';
  if (record.maxDownloads !== undefined && record.downloads >= record.maxDownloads) return 'USED_UP';
  return 'ACTIVE';
}
