/**
 * What the owner reads when one file got no link. The backend's messages quote the file id it was given, which
 * in the page is an opaque Media Manager id; the page knows each file's display name, so it words the failure
 * itself from the error code. Codes whose sentence names no file keep the backend's wording.
 */
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import type { ShareLinkError } from '../../common/share-links';
import { messages } from '../shared/messages';

export function fileErrorMessage(error: ShareLinkError, fileName: string, assetKeys: readonly string[]): string {
  switch (error.code) {
    case 'INVALID_ASSET_KEY': {
      // Every file has its original, so only the renditions can be the missing ones.
      const renditions = assetKeys.filter((key) => key !== ORIGINAL_ASSET_KEY);
      return messages.result.fileMissingFormats(fileName, (renditions.length ? renditions : assetKeys).join(', '));
    }
    case 'FILE_NOT_FOUND':
      return messages.result.fileNotFound(fileName);
    case 'RATE_LIMITED':
      return messages.result.fileRateLimited(fileName);
    case 'UPSTREAM_ERROR':
      return messages.result.fileUpstreamError(fileName);
    case 'INVALID_ARGUMENT':
      return messages.result.fileRejected(fileName);
    default:
      return error.message;
  }
}
