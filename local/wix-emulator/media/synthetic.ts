/**
 * MEDIA_LIBRARY_SIZE=N: N extra files for scale work. Ids, names and dates depend only on the index, so two
 * runs (and the benchmark's expectations) see the same library. Bytes are borrowed from the sample files of
 * the same type, so every synthetic file still downloads as something a browser can open.
 */
import { hostPathFor, MEDIA_ROOT, type MediaFile } from './model';

const SYNTHETIC_EPOCH = Date.parse('2025-01-01T00:00:00.000Z');
const SYNTHETIC_LABELS = ['synthetic'];

function extensionOf(id: string): string {
  const match = /\.[a-z0-9]+$/i.exec(id);
  return match ? match[0] : '';
}

/** 32 hex digits that look like a Wix id; a hash of the index (splitmix32 rounds), cheap enough for 10^5 files. */
function idDigits(index: number): string {
  let digits = '';
  let state = (index + 1) * 0x9e3779b9;
  for (let word = 0; word < 4; word++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    digits += ((z ^ (z >>> 16)) >>> 0).toString(16).padStart(8, '0');
  }
  return digits;
}

export function syntheticFiles(count: number, templates: readonly MediaFile[]): MediaFile[] {
  if (count <= 0 || templates.length === 0) return [];
  const shapes = templates.map((template) => ({
    template,
    idSuffix: `${template.mediaType === 'IMAGE' ? '~mv2' : ''}${extensionOf(template.id)}`,
    nameStem: `Synthetic ${template.mediaType.toLowerCase()} `,
    nameSuffix: extensionOf(template.displayName),
  }));
  const files: MediaFile[] = [];
  for (let index = 0; index < count; index++) {
    const { template, idSuffix, nameStem, nameSuffix } = shapes[index % shapes.length]!;
    const digest = idDigits(index);
    const id = `5e7a1c_${digest}${idSuffix}`;
    // One minute apart, all older than the sample files, so the default sort keeps the samples on page one.
    const date = new Date(SYNTHETIC_EPOCH + index * 60_000).toISOString();
    files.push({
      id,
      displayName: `${nameStem}${String(index + 1).padStart(6, '0')}${nameSuffix}`,
      parentFolderId: MEDIA_ROOT,
      private: index % 3 === 0,
      mediaType: template.mediaType,
      mimeType: template.mimeType,
      labels: SYNTHETIC_LABELS,
      createdDate: date,
      updatedDate: date,
      hash: digest,
      width: template.width,
      height: template.height,
      durationSeconds: template.durationSeconds,
      bitrate: template.bitrate,
      assets: template.assets.map((asset) => ({ ...asset, hostPath: hostPathFor(template.mediaType, id, asset.key) })),
    });
  }
  return files;
}
