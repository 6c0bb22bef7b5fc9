/**
 * A stored record as the page sees it: ISO dates, the status derived now, download figures for secure links
 * only, and never the password hash. An item that is not a link record (edited by hand in the CMS, say) is
 * left out rather than breaking the whole list.
 */
import { z } from 'zod';
import type { ShareLinkRecord } from '../../common/link-history';
import { linkStatus } from './status';

const date = z.date();
const stored = z.object({
  _id: z.string().min(1),
  kind: z.enum(['SECURE', 'DIRECT']),
  fileId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  label: z.string().nullish(),
  links: z.array(z.object({ assetKey: z.string(), url: z.string() })).nullish(),
  createdAt: date,
  expiresAt: date,
  revokedAt: date.nullish(),
  downloads: z.number().nullish(),
  maxDownloads: z.number().nullish(),
  lastDownloadAt: date.nullish(),
  passwordHash: z.string().nullish(),
  failedPasswordAttempts: z.number().nullish(),
});

export type StoredFields = z.infer<typeof stored>;

/** Just what the status is derived from, for queries that fetch only those fields. */
export const statusPart = stored.pick({ fileId: true, expiresAt: true, revokedAt: true, downloads: true, maxDownloads: true });
export const STATUS_PART_FIELDS = Object.keys(statusPart.shape);

export function storedRecord(item: unknown): StoredFields | undefined {
  return stored.safeParse(item).data;
}

/** The fields `linkStatus` reads, with the defaults of a record that has never been downloaded. */
export function statusFieldsOf(record: Omit<z.infer<typeof statusPart>, 'fileId'>) {
  return {
    expiresAt: record.expiresAt,
    downloads: record.downloads ?? 0,
    ...(record.revokedAt ? { revokedAt: record.revokedAt } : {}),
    ...(record.maxDownloads == null ? {} : { maxDownloads: record.maxDownloads }),
  };
}

export function recordView(record: StoredFields, now: Date): ShareLinkRecord {
  const view: ShareLinkRecord = {
    linkId: record._id,
    kind: record.kind,
    fileId: record.fileId,
    fileName: record.fileName,
    mediaType: record.mediaType,
    ...(record.label ? { label: record.label } : {}),
    createdAt: record.createdAt.toISOString(),
    expiresAt: record.expiresAt.toISOString(),
    status: linkStatus(statusFieldsOf(record), now),
    links: (record.links ?? []).map(({ assetKey, url }) => ({ assetKey, url })),
  };
  if (record.kind === 'DIRECT') return view;
  return {
    ...view,
    downloads: record.downloads ?? 0,
    ...(record.maxDownloads == null ? {} : { maxDownloads: record.maxDownloads }),
    ...(record.lastDownloadAt ? { lastDownloadAt: record.lastDownloadAt.toISOString() } : {}),
    hasPassword: Boolean(record.passwordHash),
    failedPasswordAttempts: record.failedPasswordAttempts ?? 0,
  };
}
