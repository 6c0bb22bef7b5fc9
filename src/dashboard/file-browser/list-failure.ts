/**
 * Why the file list could not load, read from the HTTP status @wix/sdk puts on its errors. A refusal (401/403:
 * a member or visitor opened the page, or the app lacks Read Media Manager) will not go away by trying again, so
 * the page must say so instead of blaming the connection; everything else (5xx, 429, no answer) is worth a retry.
 */
import { httpStatusOf } from '../../common/http-status';

export type ListFailure = 'denied' | 'unavailable';

export function listFailureOf(thrown: unknown): ListFailure {
  const status = httpStatusOf(thrown);
  return status === 401 || status === 403 ? 'denied' : 'unavailable';
}
