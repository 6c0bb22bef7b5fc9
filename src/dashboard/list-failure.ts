/**
 * Why the file list could not load, read from the HTTP status @wix/sdk puts on its errors. A refusal (401/403:
 * a member or visitor opened the page, or the app lacks Read Media Manager) will not go away by trying again, so
 * the page must say so instead of blaming the connection; everything else (5xx, 429, no answer) is worth a retry.
 */
export type ListFailure = 'denied' | 'unavailable';

const statusOf = (thrown: unknown): unknown => {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const { status, response } = thrown as { status?: unknown; response?: { status?: unknown } | null };
  return status ?? response?.status;
};

export function listFailureOf(thrown: unknown): ListFailure {
  const status = statusOf(thrown);
  return status === 401 || status === 403 ? 'denied' : 'unavailable';
}
