/**
 * LINK_HISTORY_SIZE=N: N link records for the main site, for scale work. Ids, files, kinds, labels and the
 * spacing of times depend only on the index; times are counted back from when the emulator starts, so every
 * run shows the same mix: active, expired, turned off, used up, with and without labels and passwords.
 */
import type { MediaFile } from '../media/model';
import type { DataObject } from './wire-values';

const LABELS = ['Press team', 'Client review', 'Newsletter', 'Board pack', 'Partner: Acme'];
const HOUR_MS = 3_600_000;

/** What a DIRECT record keeps of each link: Wix's signed URL for one asset. */
export type LinkMinter = (file: MediaFile, assetKey: string, expiresAtMs: number) => Promise<string>;

export async function syntheticLinks(count: number, files: readonly MediaFile[], startMs: number, mint: LinkMinter): Promise<DataObject[]> {
  const records: DataObject[] = [];
  for (let index = 0; index < count && files.length > 0; index++) {
    const file = files[index % files.length]!;
    const createdAt = startMs - (index + 1) * 3 * HOUR_MS;
    // Lifetimes of 1 hour to about 3 weeks: older records have mostly expired, recent ones mostly not.
    const expiresAt = createdAt + (1 + ((index * 37) % 500)) * HOUR_MS;
    const secure = index % 4 !== 3;
    const record: DataObject = {
      _id: `synthetic-link-${String(index + 1).padStart(6, '0')}`,
      kind: secure ? 'SECURE' : 'DIRECT',
      fileId: file.id,
      fileName: file.displayName,
      mediaType: file.mediaType,
      assetKeys: ['src'],
      contentDisposition: 'ATTACHMENT',
      createdAt: new Date(createdAt),
      expiresAt: new Date(expiresAt),
      createdBy: 'synthetic',
    };
    if (index % 3 === 0) record.label = LABELS[index % LABELS.length]!;
    if (secure) {
      record.downloads = index % 7;
      // Every tenth record is used up; the ones between have two downloads left.
      if (index % 5 === 0) record.maxDownloads = Math.max(record.downloads, 1) + (index % 10 === 5 ? 2 : 0);
      if (index % 11 === 0) record.revokedAt = new Date(createdAt + HOUR_MS);
      if (record.downloads > 0) record.lastDownloadAt = new Date(createdAt + 30 * 60_000);
      if (index % 13 === 0) {
        record.passwordHash = `pbkdf2-sha256$100000$synthetic-salt-${index}$synthetic-hash`;
        record.failedPasswordAttempts = index % 3;
      }
    } else {
      record.links = [{ assetKey: 'src', url: await mint(file, 'src', expiresAt) }];
    }
    records.push(record);
  }
  return records;
}
