/**
 * One share link as the app stores it: an item of its own Wix Data collection, one per site. This is the stored
 * shape, not what the dashboard receives (`ShareLinkRecord` in the web-method contract): dates are `Date`s because
 * @wix/data turns `{"$date": …}` into them, the status is absent because it is derived when read (status.ts), and
 * the password hash never leaves the backend.
 */
import type { ContentDisposition } from '../../common/share-links';

export type LinkKind = 'SECURE' | 'DIRECT';

export type LinkRecord = {
  /** The link id: 128 random bits as 22 base64url characters (link-id.ts); a secure link's token seals it. */
  _id: string;
  kind: LinkKind;
  fileId: string;
  fileName: string;
  /** The Media Manager's media type, e.g. IMAGE, VIDEO, AUDIO, DOCUMENT. */
  mediaType: string;
  /** The file's size when the link was made, so the recipient's page shows it without another call to Wix. */
  sizeInBytes?: number;
  /** Who or what the link is for; only the owner sees it. */
  label?: string;
  assetKeys: string[];
  /**
   * DIRECT: Wix's own signed URLs. SECURE: the app's own link (`<functions base>/l/<token>`), composed once when
   * it was made, because only the page knows where the functions are served.
   */
  links?: { assetKey: string; url: string }[];
  contentDisposition: ContentDisposition;
  downloadFileName?: string;
  expirationRedirectUrl?: string;
  createdAt: Date;
  expiresAt: Date;
  createdBy?: string;
  revokedAt?: Date;
  maxDownloads?: number;
  downloads: number;
  lastDownloadAt?: Date;
  /** `pbkdf2-sha256$<iterations>$<salt>$<hash>` (secure-links/password-hash.ts); absent when there is no password. */
  passwordHash?: string;
  failedPasswordAttempts: number;
  lastFailedPasswordAt?: Date;
};
