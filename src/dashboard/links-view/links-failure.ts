/**
 * Why the list of links could not load, from the web method's error code or from a call that never got an
 * answer, and the sentence that tells the owner what to do. A refusal will not go away by trying again.
 */
import type { ShareLinkError, ShareLinkErrorCode } from '../../common/share-links';
import { linksViewMessages as m } from './messages';

export class LinksRequestFailed extends Error {
  constructor(readonly error: ShareLinkError) {
    super(error.code);
  }
}

export type LinksFailure = { message: string; retryable: boolean };

export function linksFailureOf(thrown: unknown): LinksFailure {
  if (!(thrown instanceof LinksRequestFailed)) return { message: m.errorBody, retryable: true };
  switch (thrown.error.code) {
    case 'HISTORY_UNAVAILABLE':
      return { message: m.historyUnavailable, retryable: true };
    case 'HISTORY_PERMISSION_DENIED':
      return { message: m.historyPermissionDenied, retryable: true };
    case 'PERMISSION_DENIED':
      return { message: m.deniedBody, retryable: false };
    case 'RATE_LIMITED':
      return { message: m.rateLimited, retryable: true };
    case 'NOT_IN_WIX':
      return { message: m.notInWix, retryable: false };
    default:
      return { message: m.errorBody, retryable: true };
  }
}

/** Why turning off or changing a link failed, from its error code, or 'UNREACHABLE' when no answer came. */
export function changeFailureMessage(code: ShareLinkErrorCode | 'UNREACHABLE'): string {
  switch (code) {
    case 'LINK_NOT_FOUND':
      return m.changeLinkGone;
    case 'LINK_IS_DIRECT':
      return m.changeLinkDirect;
    case 'INVALID_ARGUMENT':
      return m.changeRefused;
    case 'RATE_LIMITED':
      return m.changeRateLimited;
    case 'HISTORY_UNAVAILABLE':
      return m.historyUnavailable;
    case 'HISTORY_PERMISSION_DENIED':
      return m.historyPermissionDenied;
    case 'PERMISSION_DENIED':
      return m.deniedBody;
    case 'NOT_IN_WIX':
      return m.notInWix;
    default:
      return m.changeFailed;
  }
}
