/**
 * The transport-free entry point of `createShareLinks`: validate any JSON the caller sent, make the links, then
 * keep them in the link history. The web method, a future HTTP endpoint, tests and benchmarks all call this with
 * their own `generate` (and `record`, when they keep a history, and `secure`, when they make secure links).
 *
 * DIRECT links are Wix's own URLs: they work without the history, so a history failure is a warning beside them.
 * SECURE links work only through their record, so when the history cannot store them they are reported as
 * failures, each with a sentence; nothing that works is hidden, and nothing is reported that would not work.
 */
import { apiMessages } from '../../common/api-messages';
import type { CreateShareLinksResponse, ShareLinkResult, ShareLinkWarning } from '../../common/share-links';
import { NotInWix } from '../link-history/history-errors';
import type { LinkRecorder } from '../link-history/record-links';
import { sealLinkToken } from '../secure-links/link-token';
import { secureLinkUrl } from '../secure-links/link-url';
import { generateLinks, type GenerateDeps } from './generate-links';
import { parseShareLinkRequest, type SecureSettings, type ShareLinkRequest } from './request-schema';
import { describeSecureFiles } from './secure-results';

export type { GenerateDeps } from './generate-links';

export type SecureDeps = {
  /** The key tokens are sealed under (the app secret). */
  secret: string;
  /** The caller's site installation, which every token of the call names: one token-info call per call. */
  instanceId(): Promise<string>;
  /** One Get File Descriptors call for many files. */
  describeFiles(fileIds: string[]): Promise<unknown>;
  hashPassword(password: string): Promise<string>;
};

export type CreateDeps = GenerateDeps & { record?: LinkRecorder; secure?: SecureDeps };

export async function createShareLinksWith(deps: CreateDeps, fileIds: unknown, options: unknown): Promise<CreateShareLinksResponse> {
  const checked = parseShareLinkRequest(fileIds, options);
  if (!checked.ok) return checked;
  const { request } = checked;
  if (request.secure) return createSecure(deps, request, request.secure);
  const results = await generateLinks(deps, request);
  const warnings = deps.record ? await deps.record(request, results) : [];
  return respond(results, warnings);
}

const respond = (results: ShareLinkResult[], warnings: ShareLinkWarning[]): CreateShareLinksResponse => ({
  ok: true,
  results,
  ...(warnings.length > 0 ? { warnings } : {}),
});

async function createSecure(deps: CreateDeps, request: ShareLinkRequest, settings: SecureSettings): Promise<CreateShareLinksResponse> {
  const { secure, record } = deps;
  if (!secure || !record) throw new TypeError('createShareLinksWith: secure links need `secure` and `record` dependencies');
  let instanceId: string;
  try {
    instanceId = await secure.instanceId();
  } catch (thrown) {
    if (thrown instanceof NotInWix) return { ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } };
    return { ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.siteUnknown } };
  }
  const [{ results, facts }, passwordHash] = await Promise.all([
    describeSecureFiles({ ...deps, describeFiles: secure.describeFiles }, request),
    settings.password === undefined ? undefined : secure.hashPassword(settings.password),
  ]);
  const sealed = await Promise.all(
    results.map(async (result): Promise<ShareLinkResult> => {
      if (!result.ok) return result;
      const url = secureLinkUrl(settings.linkBaseUrl, await sealLinkToken(secure.secret, { instanceId, linkId: result.linkId }));
      return { ...result, links: result.links.map(({ assetKey }) => ({ assetKey, url })) };
    }),
  );
  const warnings = await record(request, sealed, { facts, ...(passwordHash === undefined ? {} : { passwordHash }) });
  const notSaved = warnings.find((warning) => warning.code === 'HISTORY_NOT_SAVED');
  if (!notSaved) return respond(sealed, warnings);
  // The store reports how many it kept, not which: a secure link is only handed out when all of them were kept.
  const failed = sealed.map((result): ShareLinkResult =>
    result.ok
      ? { fileId: result.fileId, ok: false, error: { code: 'SECURE_LINK_NOT_SAVED', message: apiMessages.secureLinkNotSaved(result.fileId, notSaved.reason) } }
      : result,
  );
  return respond(failed, warnings.filter((warning) => warning !== notSaved));
}
