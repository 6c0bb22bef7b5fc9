/**
 * A status filter as a Wix Data query. Statuses are derived when read (status.ts), so each one is turned back
 * into conditions on the fields it is derived from. Wix Data cannot compare two fields, so "used up"
 * (downloads >= maxDownloads) cannot be queried: ACTIVE and USED_UP ask Wix for a superset and `keepsStatus`
 * drops the rest after reading, which is why a page can hold fewer links than asked for.
 */
import type { StoreFilter } from './link-store';
import { linkStatus, type LinkStatus, type StatusFields } from './status';

const notRevoked = { revokedAt: null };

export function statusFilter(status: LinkStatus, now: Date): StoreFilter {
  switch (status) {
    case 'REVOKED':
      return { revokedAt: { $ne: null } };
    // Expiry is inclusive, as in status.ts: at expiresAt itself the link is expired.
    case 'EXPIRED':
      return { ...notRevoked, expiresAt: { $lte: now } };
    case 'USED_UP':
      return { ...notRevoked, expiresAt: { $gt: now }, maxDownloads: { $ne: null } };
    case 'ACTIVE':
      return { ...notRevoked, expiresAt: { $gt: now } };
  }
}

/** Whether a record Wix returned for `status` really has it (the part of the status Wix could not filter). */
export function keepsStatus(status: LinkStatus | undefined, record: StatusFields, now: Date): boolean {
  return status === undefined || linkStatus(record, now) === status;
}
