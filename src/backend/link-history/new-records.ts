/**
 * The history record of each link a `createShareLinks` call made. A file Wix did not describe keeps its id as its
 * name, so the link is still listed and can be found; an unknown name is better than a lost link.
 */
import { DEFAULT_EXPIRATION_MINUTES } from '../../common/limits';
import type { ShareLinkResult } from '../../common/share-links';
import type { ShareLinkRequest } from '../share-links/request-schema';
import type { FileFacts } from './file-facts';
import type { LinkRecord } from './record';

export const UNKNOWN_MEDIA_TYPE = 'UNKNOWN';

/** The successful results with the bare file id each was made for (results keep the request's file order). */
export function madeLinks(request: ShareLinkRequest, results: readonly ShareLinkResult[]) {
  return results.flatMap((result, index) => {
    const file = request.files[index];
    return result.ok && file !== undefined ? [{ result, fileId: file.id }] : [];
  });
}

export function newRecords(
  request: ShareLinkRequest,
  results: readonly ShareLinkResult[],
  facts: ReadonlyMap<string, FileFacts>,
  passwordHash?: string,
): LinkRecord[] {
  const { options, label, secure } = request;
  const lifetimeMs = (options.expirationInMinutes ?? DEFAULT_EXPIRATION_MINUTES) * 60_000;
  return madeLinks(request, results).map(({ result, fileId }) => {
    const file = facts.get(fileId) ?? { fileName: fileId, mediaType: UNKNOWN_MEDIA_TYPE };
    const expiresAt = new Date(result.expiresAt);
    return {
      _id: result.linkId,
      kind: result.kind,
      fileId,
      ...file,
      ...(label === undefined ? {} : { label }),
      assetKeys: result.links.map((link) => link.assetKey),
      links: result.links.map(({ assetKey, url }) => ({ assetKey, url })),
      // Wix's own default when none is given.
      contentDisposition: options.contentDisposition ?? 'ATTACHMENT',
      ...(options.downloadFileName === undefined ? {} : { downloadFileName: options.downloadFileName }),
      ...(options.expirationRedirectUrl === undefined ? {} : { expirationRedirectUrl: options.expirationRedirectUrl }),
      // The link's lifetime starts when its call to Wix started, as expiresAt does.
      createdAt: new Date(expiresAt.getTime() - lifetimeMs),
      expiresAt,
      downloads: 0,
      failedPasswordAttempts: 0,
      ...(secure?.maxDownloads === undefined ? {} : { maxDownloads: secure.maxDownloads }),
      ...(passwordHash === undefined ? {} : { passwordHash }),
    };
  });
}
