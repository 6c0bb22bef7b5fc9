/**
 * What the Links view shows of a record beyond what the backend says: "Expires soon" (under a day left), and
 * Expired for a link whose moment passed while the list stayed open (the backend said Active when it was read).
 * Pure: "now" is always passed in.
 */
import type { LinkStatus, ShareLinkRecord } from '../../common/link-history';

export type DisplayStatus = LinkStatus | 'EXPIRES_SOON';

const SOON_MS = 24 * 60 * 60_000;

export function displayStatus(link: Pick<ShareLinkRecord, 'status' | 'expiresAt'>, now: Date): DisplayStatus {
  if (link.status !== 'ACTIVE') return link.status;
  const left = new Date(link.expiresAt).getTime() - now.getTime();
  if (left <= 0) return 'EXPIRED';
  return left < SOON_MS ? 'EXPIRES_SOON' : 'ACTIVE';
}

/** Secure links count downloads; a direct link is Wix's own URL, which counts nothing. */
export function downloadFigures(link: Pick<ShareLinkRecord, 'downloads' | 'maxDownloads'>): { count: number; max?: number } | undefined {
  if (link.downloads === undefined) return undefined;
  return { count: link.downloads, ...(link.maxDownloads === undefined ? {} : { max: link.maxDownloads }) };
}

/** Only a secure link that is not already off can be turned off or changed: a direct link is Wix's own URL. */
export const canChange = (link: Pick<ShareLinkRecord, 'kind' | 'status'>): boolean => link.kind === 'SECURE' && link.status !== 'REVOKED';
