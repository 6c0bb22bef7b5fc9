/**
 * MEDIA_LIBRARY_SIZE=N: N extra files for scale work. Ids, names and dates depend only on the index, so two
 * runs (and the benchmark's expectations) see the same library. Bytes are borrowed from the sample files of
 * the same type, so every synthetic file still downloads as something a browser can open.
 */
import { createHash } from 'node:crypto';
import { hostPathFor, MEDIA_ROOT, type MediaFile } from './model';

const SYNTHETIC_EPOCH = Date.parse('2025-01-01T00:00:00.000Z');

function extensionOf(id: string): string {
  const match = /\.[a-z0-9]+$/i.exec(id);
  return match ? match[0] : '';
}

export function syntheticFiles(count: number, templates: readonly MediaFile[]): MediaFile[] {
  if (count <= 0 || templates.length === 0) return [];
  const files: MediaFile[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length]!;
    const digest = createHash('md5').update(`synthetic-${index}`).digest('hex');
    const extension = extensionOf(template.id);
    const id = `5e7a1c_${digest}${template.mediaType === 'IMAGE' ? '~mv2' : ''}${extension}`;
    const number = String(index + 1).padStart(6, '0');
    // One minute apart, all older than the sample files, so the default sort keeps the samples on page one.
    const date = new Date(SYNTHETIC_EPOCH + index * 60_000).toISOString();
    files[index] = {
      ...template,
      id,
      displayName: `Synthetic ${template.mediaType.toLowerCase()} ${number}${extensionOf(template.displayName)}`,
      parentFolderId: MEDIA_ROOT,
      private: index % 3 === 0,
      labels: ['synthetic'],
      createdDate: date,
      updatedDate: date,
      hash: digest,
      assets: template.assets.map((asset) => ({ ...asset, hostPath: hostPathFor(template.mediaType, id, asset.key) })),
    };
  }
  return files;
}
