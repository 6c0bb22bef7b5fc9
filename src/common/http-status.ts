/**
 * The HTTP status of an error @wix/sdk threw. Depending on the SDK path it sits on the error itself or on its
 * `response`; network failures carry none. Plain TypeScript on purpose: the dashboard page reads it too and keeps
 * zod out of its first load.
 */
export function httpStatusOf(thrown: unknown): number | undefined {
  if (typeof thrown !== 'object' || thrown === null) return undefined;
  const { status, response } = thrown as { status?: unknown; response?: { status?: unknown } | null };
  if (typeof status === 'number') return status;
  return typeof response?.status === 'number' ? response.status : undefined;
}
