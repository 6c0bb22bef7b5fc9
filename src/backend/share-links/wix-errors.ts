/**
 * Turns whatever `generateFileDownloadUrl` threw into a per-file result error, and says whether
 * trying again can help. The SDK's errors carry the HTTP status, `details.validationError` (rule
 * names such as INVALID_ASSET_KEY) or `details.applicationError` (codes); network failures carry
 * no status at all. Error messages from Wix are never copied into results: they are not written
 * for site owners.
 */
import { z } from 'zod';
import type { ShareLinkError } from '../../common/share-links';
import { apiMessages } from '../../common/api-messages';
import { httpStatusOf } from '../../common/http-status';

export type WixFailure = { error: ShareLinkError; retry: boolean; retryAfterMs?: number };

const violation = z.looseObject({
  field: z.string().optional().catch(undefined),
  ruleName: z.string().optional().catch(undefined),
  description: z.string().optional().catch(undefined),
});
const details = z.looseObject({
  validationError: z.looseObject({ fieldViolations: z.array(violation).catch([]) }).optional().catch(undefined),
  applicationError: z.looseObject({ code: z.unknown() }).optional().catch(undefined),
});
const sdkError = z.looseObject({
  message: z.string().optional().catch(undefined),
  details: details.optional().catch(undefined),
  headers: z.unknown().optional(),
  response: z.looseObject({ headers: z.unknown().optional() }).optional().catch(undefined),
});

const NOT_FOUND_NAMES = new Set(['RESOURCE_NOT_FOUND', 'FILE_NOT_FOUND', 'NOT_FOUND']);
const PERMISSION_CODES = new Set(['PERMISSION_DENIED', 'UNAUTHENTICATED', 'FORBIDDEN', 'UNAUTHORIZED']);
const RATE_LIMIT_CODES = new Set(['RESOURCE_EXHAUSTED', 'TOO_MANY_REQUESTS']);

export function classifyWixError(
  thrown: unknown,
  fileId: string,
  assetKeys: readonly string[],
  now: Date,
): WixFailure {
  const parsed = sdkError.safeParse(thrown);
  const error = parsed.success ? parsed.data : undefined;
  if (error?.message?.includes('elevated client is required')) {
    return { error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix }, retry: false };
  }
  const status = httpStatusOf(thrown);
  const violations = error?.details?.validationError?.fieldViolations ?? [];
  const appCode = String(error?.details?.applicationError?.code ?? '');
  const rules = new Set(violations.map((v) => v.ruleName));

  if (rules.has('INVALID_ASSET_KEY')) {
    const named = assetKeysNamedIn(violations.map((v) => v.description ?? '').join(' '), assetKeys);
    return {
      error: { code: 'INVALID_ASSET_KEY', message: apiMessages.invalidAssetKey(fileId, named), field: 'options.assetKeys' },
      retry: false,
    };
  }
  if (status === 404 || NOT_FOUND_NAMES.has(appCode) || [...rules].some((r) => r !== undefined && NOT_FOUND_NAMES.has(r))) {
    return { error: { code: 'FILE_NOT_FOUND', message: apiMessages.fileNotFound(fileId) }, retry: false };
  }
  if (status === 401 || status === 403 || PERMISSION_CODES.has(appCode)) {
    return { error: { code: 'PERMISSION_DENIED', message: apiMessages.permissionDenied }, retry: false };
  }
  if (status === 429 || RATE_LIMIT_CODES.has(appCode)) {
    const retryAfterMs = retryAfterOf(error?.response?.headers ?? error?.headers, now);
    return { error: { code: 'RATE_LIMITED', message: apiMessages.rateLimited(fileId) }, retry: true, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    const field = violations.find((v) => v.field !== undefined)?.field;
    return {
      error: {
        code: 'INVALID_ARGUMENT',
        message: apiMessages.upstreamRejected(fileId, field ?? 'the request'),
        ...(field === undefined ? {} : { field }),
      },
      retry: false,
    };
  }
  // 5xx, or no status at all: the request failed on the way (network, timeout, outage).
  return { error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError(fileId) }, retry: true };
}

/** The requested keys that Wix's description mentions; all of them when it names none. */
function assetKeysNamedIn(description: string, assetKeys: readonly string[]): readonly string[] {
  const words = new Set(description.split(/[\s"',:;()[\]]+/));
  const named = assetKeys.filter((key) => words.has(key));
  return named.length > 0 ? named : assetKeys;
}

/**
 * Reads `Retry-After` (seconds or an HTTP date) when the error exposes response headers. The
 * @wix/sdk error does not carry them today, so this only applies to transports that do.
 */
export function retryAfterOf(headers: unknown, now: Date): number | undefined {
  const raw = headerValue(headers, 'retry-after')?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  // An HTTP date always names a weekday or month; this keeps "-1" from parsing as a year.
  const at = /[a-z]/i.test(raw) ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function headerValue(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  if (typeof headers !== 'object' || headers === null) return undefined;
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}
