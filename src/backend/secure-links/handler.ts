/**
 * The secure link's HTTP function as a plain function of injected dependencies; `api/l/api.ts` only wires Wix's
 * clients into it. Order matters for safety and cost:
 * 1. The token is unsealed before anything else. A token this app did not seal gets the one 404 page, and no
 *    dependency is called at all: no clock, no read, no call to Wix.
 * 2. One read of the record; the rules decide; a password is hashed only when the rules ask for it.
 * 3. A download mints the short-lived Wix URL first and then counts, conditionally. A failed mint therefore never
 *    uses up a download (a one-download link would be lost), and a click that loses the race for the last
 *    download simply drops its unused URL. Warm, that is three calls to Wix: read, mint, count.
 * Nothing here logs the token, a URL or a password; failures are logged by stage and HTTP status only.
 */
import { httpStatusOf } from '../../common/http-status';
import type { LinkRecord } from '../link-history/record';
import { decideAccess, type AccessDecision, type AccessInput, type DownloadCount, type FailedPasswordUpdate } from './access-rules';
import { unsealLinkToken } from './link-token';
import { tokenFromUrl } from './link-url';
import { mintMinutes } from './mint-duration';
import { verifyPassword } from './password-hash';
import { renderRecipientPage, type FileView, type PageView } from './recipient-page';
import { classifyRequest } from './request-classification';
import { requestLanguage } from './request-locale';
import { newNonce, pageResponse, redirectResponse } from './response-headers';

export type MintOptions = {
  assetKey: string;
  minutes: number;
  contentDisposition: LinkRecord['contentDisposition'];
  downloadFileName?: string;
  expirationRedirectUrl?: string;
};

export type SecureLinkDeps = {
  secret: string;
  now(): Date;
  /** Undefined when the site has no such link. */
  loadRecord(instanceId: string, linkId: string): Promise<LinkRecord | undefined>;
  /** Applies `update` only if its condition holds at that moment; true when it did. */
  countDownload(instanceId: string, linkId: string, update: DownloadCount): Promise<boolean>;
  recordFailedPassword(instanceId: string, linkId: string, update: FailedPasswordUpdate): Promise<void>;
  mintUrl(instanceId: string, fileId: string, options: MintOptions): Promise<string>;
  /** For records that carry no size; asked only on a download. */
  fileSize?(instanceId: string, fileId: string): Promise<number | undefined>;
};

const RETRY_AFTER_UNAVAILABLE_SECONDS = 60;

class DependencyFailure extends Error {}

async function step<T>(stage: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const status = httpStatusOf(error);
    console.error(`secure link: ${stage} failed${status ? ` (HTTP ${status})` : ''}`);
    throw new DependencyFailure(stage);
  }
}

function fileView(record: LinkRecord, now: Date, extra: Partial<FileView> = {}): FileView {
  const hidden = Boolean(record.passwordHash);
  return {
    kind: 'FILE',
    file: hidden ? undefined : { name: record.fileName, mediaType: record.mediaType, sizeInBytes: record.sizeInBytes },
    expiresAt: record.expiresAt,
    now,
    downloads: record.maxDownloads === undefined ? undefined : { left: Math.max(0, record.maxDownloads - record.downloads), max: record.maxDownloads },
    assetKeys: record.assetKeys,
    contentDisposition: record.contentDisposition,
    password: hidden ? { waitSeconds: 0 } : undefined,
    ...extra,
  };
}

export async function handleSecureLinkRequest(deps: SecureLinkDeps, request: Request): Promise<Response> {
  const nonce = newNonce();
  const language = requestLanguage(request.headers.get('accept-language'));
  const isHead = request.method.toUpperCase() === 'HEAD';
  const page = (status: number, view: PageView, extra?: Record<string, string>) =>
    pageResponse(status, isHead ? null : renderRecipientPage(view, { language, nonce }), nonce, extra);

  const address = await unsealLinkToken(deps.secret, tokenFromUrl(request.url));
  if (!address.ok) return page(404, { kind: 'NOT_FOUND' });
  const linkRequest = await classifyRequest(request);
  if (linkRequest.kind === 'METHOD_NOT_ALLOWED') return page(405, { kind: 'BAD_REQUEST' }, { Allow: 'GET, POST' });
  if (linkRequest.kind === 'BAD_FORM') return page(400, { kind: 'BAD_REQUEST' });
  const { instanceId, linkId } = address;

  async function respond(input: AccessInput): Promise<Response> {
    const decision = decideAccess(input);
    const { now } = input;
    switch (decision.kind) {
      case 'NOT_FOUND':
        return page(404, { kind: 'NOT_FOUND' });
      case 'EXPIRED':
        return decision.redirectUrl ? redirectResponse(302, decision.redirectUrl) : page(410, { kind: 'EXPIRED' });
      case 'REVOKED':
      case 'USED_UP':
        return page(410, { kind: decision.kind });
      case 'PAGE':
        return page(200, fileView(decision.record, now, { password: decision.record.passwordHash ? { waitSeconds: decision.waitSeconds } : undefined }));
      case 'UNKNOWN_ASSET':
        return page(400, fileView(decision.record, now, { notice: 'CHOOSE_ASSET' }));
      case 'PASSWORD_REQUIRED':
        return page(401, fileView(decision.record, now, { password: { problem: 'REQUIRED', waitSeconds: 0 } }));
      case 'THROTTLED':
        return page(429, fileView(decision.record, now, { password: { waitSeconds: decision.waitSeconds } }), {
          'Retry-After': String(decision.waitSeconds),
        });
      case 'VERIFY_PASSWORD': {
        const matches = await verifyPassword(decision.passwordHash, decision.password);
        return respond({ ...input, passwordVerdict: matches ? 'MATCH' : 'MISMATCH' });
      }
      case 'WRONG_PASSWORD':
        await step('record wrong password', () => deps.recordFailedPassword(instanceId, linkId, decision.update));
        return page(401, fileView(decision.record, now, { password: { problem: 'WRONG', waitSeconds: decision.waitSeconds } }));
      case 'DOWNLOAD':
        return download(decision, now);
    }
  }

  async function download(decision: Extract<AccessDecision, { kind: 'DOWNLOAD' }>, now: Date): Promise<Response> {
    const { record, assetKey } = decision;
    const size = record.sizeInBytes ?? (await step('file size', async () => deps.fileSize?.(instanceId, record.fileId)));
    const url = await step('mint', () =>
      deps.mintUrl(instanceId, record.fileId, {
        assetKey,
        minutes: mintMinutes(size),
        contentDisposition: record.contentDisposition,
        downloadFileName: record.downloadFileName,
        expirationRedirectUrl: record.expirationRedirectUrl,
      }),
    );
    if (await step('count', () => deps.countDownload(instanceId, linkId, decision.count))) return redirectResponse(303, url);
    const again: AccessInput = { record: await step('read again', () => deps.loadRecord(instanceId, linkId)), request: { kind: 'VIEW' }, now };
    const after = decideAccess(again);
    if (after.kind === 'PAGE') return page(409, fileView(after.record, now, { notice: 'RETRY' }));
    return respond(again);
  }

  try {
    const now = deps.now();
    const record = await step('read', () => deps.loadRecord(instanceId, linkId));
    return await respond({ record, request: linkRequest, now });
  } catch (error) {
    if (!(error instanceof DependencyFailure)) throw error;
    return page(503, { kind: 'UNAVAILABLE' }, { 'Retry-After': String(RETRY_AFTER_UNAVAILABLE_SECONDS) });
  }
}
