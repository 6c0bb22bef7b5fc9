/**
 * The contract between the dashboard page and the `createShareLinks` web method
 * (see docs/ARCHITECTURE.md, "Contracts others rely on"). Plain data only: it crosses the web-method
 * transport as JSON, so no Dates, classes or functions.
 */

export type ContentDisposition = 'ATTACHMENT' | 'INLINE';

export type ShareLinkOptions = {
  /** Integer 1..525600; omitted: Wix's default (600). */
  expirationInMinutes?: number;
  /** Default ['src']. */
  assetKeys?: string[];
  contentDisposition?: ContentDisposition;
  /** Only with exactly one file id. */
  downloadFileName?: string;
  /** http(s) URL; 'mysite.com/store' is taken as https://mysite.com/store. */
  expirationRedirectUrl?: string;
  /** Who or what the links are for, kept in the link history; at most 100 characters. */
  label?: string;
  /** Default SECURE: the app's own link, which can be turned off, limited and protected. DIRECT: Wix's signed URL. */
  kind?: LinkKind;
  /** SECURE only: integer 1..10000; omitted: no limit. */
  maxDownloads?: number;
  /** SECURE only: 6..128 characters; kept only as a salted hash. */
  password?: string;
  /**
   * Required with SECURE: where the app's HTTP functions are served, the page's `import.meta.env.BASE_API_URL`
   * (an absolute http(s) URL ending in `/functions`). Web methods cannot learn their own origin, so the page
   * tells them; the link is `<linkBaseUrl>/l/<token>`.
   */
  linkBaseUrl?: string;
};

export type LinkKind = 'SECURE' | 'DIRECT';
export const DEFAULT_LINK_KIND: LinkKind = 'SECURE';

export type ShareLinkErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_ASSET_KEY'
  | 'FILE_NOT_FOUND'
  | 'PERMISSION_DENIED'
  | 'RATE_LIMITED'
  | 'UPSTREAM_ERROR'
  | 'NOT_IN_WIX'
  | 'HISTORY_UNAVAILABLE'
  | 'HISTORY_PERMISSION_DENIED'
  | 'LINK_NOT_FOUND'
  /** A change only a secure link allows (turn off, expiry, limit), asked of a direct link. */
  | 'LINK_IS_DIRECT'
  /** A secure link works only through its record, and the link history could not store it. */
  | 'SECURE_LINK_NOT_SAVED';

export type ShareLinkError = { code: ShareLinkErrorCode; message: string; field?: string };

export type ShareLink = { assetKey: string; url: string };

export type ShareLinkResult =
  | { fileId: string; ok: true; linkId: string; kind: LinkKind; links: ShareLink[]; expiresAt: string }
  | { fileId: string; ok: false; error: ShareLinkError };

/**
 * Something that went wrong beside the links themselves; the links in `results` work regardless.
 * HISTORY_NOT_SAVED: `unsaved` links are missing from the history, for the reason `reason` (an error code).
 */
export type ShareLinkWarning = { code: 'HISTORY_NOT_SAVED'; message: string; unsaved: number; reason: ShareLinkErrorCode };

export type CreateShareLinksResponse =
  | { ok: true; results: ShareLinkResult[]; warnings?: ShareLinkWarning[] }
  | { ok: false; error: ShareLinkError };
