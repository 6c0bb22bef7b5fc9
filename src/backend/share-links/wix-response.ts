/**
 * Checks what `generateFileDownloadUrl` resolved to. Outside a Wix request the SDK does not throw:
 * it resolves to a function and sends nothing, so a missing shape is reported, never assumed.
 */
import { z } from 'zod';
import type { ShareLink, ShareLinkError } from '../../common/share-links';
import { apiMessages } from '../../common/api-messages';

export type DownloadUrlsRead = { ok: true; links: ShareLink[] } | { ok: false; error: ShareLinkError };

const response = z.object({
  downloadUrls: z.array(z.object({ url: z.string().min(1), assetKey: z.string().min(1) })).min(1),
});

export function readDownloadUrls(value: unknown, fileId: string): DownloadUrlsRead {
  if (typeof value === 'function') return { ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } };
  const parsed = response.safeParse(value);
  if (!parsed.success) return { ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError(fileId) } };
  return { ok: true, links: parsed.data.downloadUrls.map(({ assetKey, url }) => ({ assetKey, url })) };
}
