/**
 * The contract between the dashboard page and the link-history web methods (see ARCHITECTURE.md, "Link history
 * and secure links"). Plain JSON data: dates are ISO 8601 UTC strings.
 */
import type { LinkKind, ShareLink, ShareLinkError } from './share-links';

/** Derived when read, never stored: an expired link is EXPIRED without any write. */
export type LinkStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED' | 'USED_UP';
export const LINK_STATUSES: readonly LinkStatus[] = ['ACTIVE', 'EXPIRED', 'REVOKED', 'USED_UP'];

export type LinkSort = 'CREATED_DESC' | 'CREATED_ASC' | 'EXPIRES_ASC' | 'EXPIRES_DESC';
export const LINK_SORTS: readonly LinkSort[] = ['CREATED_DESC', 'CREATED_ASC', 'EXPIRES_ASC', 'EXPIRES_DESC'];

export type ShareLinkRecord = {
  linkId: string;
  kind: LinkKind;
  fileId: string;
  fileName: string;
  mediaType: string;
  label?: string;
  createdAt: string;
  expiresAt: string;
  status: LinkStatus;
  links: ShareLink[];
  downloads?: number;
  maxDownloads?: number;
  lastDownloadAt?: string;
  hasPassword?: boolean;
  failedPasswordAttempts?: number;
};

export type ListShareLinksQuery = {
  /** Matched, ignoring case, anywhere in the file name or the label. */
  search?: string;
  status?: LinkStatus;
  fileId?: string;
  /** Default CREATED_DESC. */
  sort?: LinkSort;
  /** `nextCursor` of the previous page, with the same search, status, fileId and sort. */
  cursor?: string;
  /** 1..100, default 50. */
  limit?: number;
};

export type ListShareLinksResponse =
  | { ok: true; links: ShareLinkRecord[]; nextCursor?: string }
  | { ok: false; error: ShareLinkError };

/** What a change (turn off, new expiry, limit or label) answers: the link as it is now. */
export type ShareLinkChangeResponse = { ok: true; link: ShareLinkRecord } | { ok: false; error: ShareLinkError };

/** null for `maxDownloads` removes the limit; an empty label removes the label. */
export type ShareLinkChanges = { expiresAt?: string; maxDownloads?: number | null; label?: string };

export type DeleteShareLinkResponse = { ok: true } | { ok: false; error: ShareLinkError };

/** Active links per file id asked for; a file with none is present with 0. */
export type CountActiveLinksResponse =
  | { ok: true; counts: Record<string, number> }
  | { ok: false; error: ShareLinkError };
