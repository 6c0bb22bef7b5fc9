/**
 * What a secure link answers, decided from the stored record alone. Plain data in, plain data out: the handler
 * does the I/O the decision names (verify a password, record a wrong guess, count, mint) and asks again when a
 * step needs an answer, so the same rules hold for a GET, a POST and a retry after a lost race.
 */
import type { LinkRecord } from '../link-history/record';
import { linkStatus } from '../link-history/status';
import { passwordWaitSeconds } from './password-throttle';
import type { LinkRequest } from './request-classification';

/**
 * The one conditional update that counts a download. The edge module turns it into
 *   items.patch(collection, linkId).incrementField('downloads', 1).setField('lastDownloadAt', at)
 *     .run({ condition: items.filter().isEmpty('revokedAt').gt('expiresAt', stillValidAt).lt('downloads', downloadsBelow) })
 * (the `lt` only when `downloadsBelow` is set), and reports whether the item changed. The condition is checked
 * by Wix Data as it applies the update, so with N downloads left exactly N of any number of simultaneous clicks
 * count; it also repeats the revocation and expiry checks, so a link turned off between reading and counting
 * does not count. The limit is the one read: an owner changing it at that very moment only makes the click retry.
 */
export type DownloadCount = {
  increment: { field: 'downloads'; by: 1 };
  set: { field: 'lastDownloadAt'; value: Date };
  condition: { revokedAtEmpty: true; expiresAtAfter: Date; downloadsBelow?: number };
};

/** A wrong guess, recorded unconditionally: `incrementField('failedPasswordAttempts', 1).setField(...)`. */
export type FailedPasswordUpdate = {
  increment: { field: 'failedPasswordAttempts'; by: 1 };
  set: { field: 'lastFailedPasswordAt'; value: Date };
};

export type PasswordVerdict = 'MATCH' | 'MISMATCH';

export type AccessDecision =
  | { kind: 'NOT_FOUND' }
  | { kind: 'EXPIRED'; redirectUrl?: string }
  | { kind: 'REVOKED' }
  | { kind: 'USED_UP' }
  | { kind: 'PAGE'; record: LinkRecord; waitSeconds: number }
  | { kind: 'UNKNOWN_ASSET'; record: LinkRecord }
  | { kind: 'PASSWORD_REQUIRED'; record: LinkRecord }
  | { kind: 'THROTTLED'; record: LinkRecord; waitSeconds: number }
  | { kind: 'VERIFY_PASSWORD'; passwordHash: string; password: string }
  | { kind: 'WRONG_PASSWORD'; record: LinkRecord; update: FailedPasswordUpdate; waitSeconds: number }
  | { kind: 'DOWNLOAD'; record: LinkRecord; assetKey: string; count: DownloadCount };

export type AccessInput = {
  /** Undefined when no record has the token's id. */
  record: LinkRecord | undefined;
  request: Extract<LinkRequest, { kind: 'VIEW' | 'DOWNLOAD' }>;
  now: Date;
  /** The answer to a VERIFY_PASSWORD decision, when the handler has it. */
  passwordVerdict?: PasswordVerdict;
};

/** One of the link's asset keys, or undefined; a link with one asset needs no choice. */
function chosenAsset(record: LinkRecord, requested: string | undefined): string | undefined {
  if (requested === undefined && record.assetKeys.length === 1) return record.assetKeys[0];
  return record.assetKeys.find((key) => key === requested);
}

export function decideAccess({ record, request, now, passwordVerdict }: AccessInput): AccessDecision {
  if (!record || record.kind !== 'SECURE') return { kind: 'NOT_FOUND' };
  const status = linkStatus(record, now);
  if (status === 'REVOKED') return { kind: 'REVOKED' };
  if (status === 'EXPIRED') return { kind: 'EXPIRED', redirectUrl: record.expirationRedirectUrl };
  if (status === 'USED_UP') return { kind: 'USED_UP' };
  const waitSeconds = record.passwordHash ? passwordWaitSeconds(record.failedPasswordAttempts, record.lastFailedPasswordAt, now) : 0;
  if (request.kind === 'VIEW') return { kind: 'PAGE', record, waitSeconds };

  const assetKey = chosenAsset(record, request.assetKey);
  if (assetKey === undefined) return { kind: 'UNKNOWN_ASSET', record };
  if (record.passwordHash) {
    if (waitSeconds > 0) return { kind: 'THROTTLED', record, waitSeconds };
    if (!request.password) return { kind: 'PASSWORD_REQUIRED', record };
    if (passwordVerdict === undefined) return { kind: 'VERIFY_PASSWORD', passwordHash: record.passwordHash, password: request.password };
    if (passwordVerdict === 'MISMATCH') {
      const update: FailedPasswordUpdate = {
        increment: { field: 'failedPasswordAttempts', by: 1 },
        set: { field: 'lastFailedPasswordAt', value: now },
      };
      const next = passwordWaitSeconds(record.failedPasswordAttempts + 1, now, now);
      return { kind: 'WRONG_PASSWORD', record, update, waitSeconds: next };
    }
  }
  const count: DownloadCount = {
    increment: { field: 'downloads', by: 1 },
    set: { field: 'lastDownloadAt', value: now },
    condition: { revokedAtEmpty: true, expiresAtAfter: now, ...(record.maxDownloads !== undefined && { downloadsBelow: record.maxDownloads }) },
  };
  return { kind: 'DOWNLOAD', record, assetKey, count };
}
