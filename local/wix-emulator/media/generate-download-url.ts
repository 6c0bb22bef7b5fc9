/**
 * POST /files/generate-file-download-url: every parameter of Wix's docs page with its defaults and limits
 * (600 minutes, at most 525600; `src`; ATTACHMENT), one signed URL per asset key, in request order.
 */
import { z } from 'zod';
import type { Catalog } from './catalog';
import type { Clock } from '../clock';
import { hostUrl } from './descriptor';
import type { DownloadTokens } from './download-token';
import { notFound, validationError } from '../errors';
import { fileIdFrom } from './file-id';
import { parseBody } from '../validation';

export const DEFAULT_EXPIRATION_MINUTES = 600;
export const MAX_EXPIRATION_MINUTES = 525_600;

/** Wix's own docs example sends `www.mysite.com/store`; a bare host is taken as https. */
function redirectUrl(value: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !/\s/.test(value)) {
      return url.href;
    }
  } catch {
    // An unparsable URL is reported below as a FORMAT violation.
  }
  return undefined;
}

const requestSchema = z.object({
  fileId: z.string().min(1).max(1000),
  downloadFileName: z.string().max(100).nullish(),
  expirationInMinutes: z.coerce.number().int().min(1).max(MAX_EXPIRATION_MINUTES).nullish(),
  expirationRedirectUrl: z
    .string()
    .nullish()
    .refine((value) => !value || redirectUrl(value) !== undefined, 'must be an http or https URL'),
  assetKeys: z.array(z.string().max(100)).max(100).nullish(),
  contentDisposition: z.enum(['ATTACHMENT', 'INLINE']).nullish(),
});

export async function generateFileDownloadUrl(
  body: unknown,
  deps: { catalog: Catalog; clock: Clock; tokens: DownloadTokens; origin: string },
): Promise<{ downloadUrls: { url: string; assetKey: string }[] }> {
  const request = parseBody(requestSchema, body);
  const file = deps.catalog.file(fileIdFrom(request.fileId));
  if (!file) throw notFound(`File "${request.fileId}"`);

  const keys = request.assetKeys && request.assetKeys.length > 0 ? request.assetKeys : ['src'];
  const unknown = keys.filter((key) => !file.assets.some((asset) => asset.key === key));
  if (unknown.length > 0) {
    throw validationError(
      unknown.map((key) => ({
        field: 'assetKeys',
        description: `Invalid asset key ${key}`,
        violatedRule: 'OTHER' as const,
        ruleName: 'INVALID_ASSET_KEY',
      })),
    );
  }

  const issuedAtSeconds = Math.floor(deps.clock.now() / 1000);
  const minutes = request.expirationInMinutes ?? DEFAULT_EXPIRATION_MINUTES;
  const downloadUrls = await Promise.all(
    keys.map(async (key) => {
      const asset = file.assets.find((candidate) => candidate.key === key)!;
      const token = await deps.tokens.sign({
        path: asset.hostPath,
        filename: request.downloadFileName || file.displayName,
        disposition: request.contentDisposition === 'INLINE' ? 'inline' : 'attachment',
        redirectUrl: request.expirationRedirectUrl ? redirectUrl(request.expirationRedirectUrl) : undefined,
        issuedAtSeconds,
        expiresAtSeconds: issuedAtSeconds + minutes * 60,
      });
      return { url: `${hostUrl(deps.origin, asset.hostPath)}?token=${token}`, assetKey: key };
    }),
  );
  return { downloadUrls };
}
