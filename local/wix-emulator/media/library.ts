/**
 * Loads the sample library (local/library/manifest.json and its files) into MediaFile records.
 * Sizes and hashes come from the bytes on disk, so the manifest cannot drift from the files it describes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { hostPathFor, MEDIA_TYPES, type Asset, type Folder, type MediaFile } from './model';

export const LIBRARY_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'library');

const assetSchema = z.object({
  key: z.string(),
  path: z.string(),
  mimeType: z.string(),
  quality: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
});

const manifestSchema = z.object({
  siteId: z.string(),
  folders: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      parentFolderId: z.string(),
      createdDate: z.iso.datetime(),
      updatedDate: z.iso.datetime(),
    }),
  ),
  files: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      parentFolderId: z.string(),
      private: z.boolean(),
      mediaType: z.enum(MEDIA_TYPES),
      mimeType: z.string(),
      path: z.string(),
      width: z.number().int().optional(),
      height: z.number().int().optional(),
      durationSeconds: z.number().optional(),
      bitrate: z.number().int().optional(),
      labels: z.array(z.string()),
      createdDate: z.iso.datetime(),
      updatedDate: z.iso.datetime(),
      assets: z.array(assetSchema).optional(),
    }),
  ),
});

export type Library = { siteId: string; folders: Folder[]; files: MediaFile[] };

function readBytes(relativePath: string): { bytesPath: string; size: number; hash: string } {
  const bytesPath = join(LIBRARY_DIR, relativePath);
  const bytes = readFileSync(bytesPath);
  return { bytesPath, size: bytes.length, hash: createHash('md5').update(bytes).digest('hex') };
}

export function loadSampleLibrary(): Library {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(LIBRARY_DIR, 'manifest.json'), 'utf8')));
  const files = manifest.files.map((entry): MediaFile => {
    const src = readBytes(entry.path);
    const srcAsset: Asset = {
      key: 'src',
      hostPath: hostPathFor(entry.mediaType, entry.id, 'src'),
      bytesPath: src.bytesPath,
      mimeType: entry.mimeType,
      sizeInBytes: src.size,
      width: entry.width,
      height: entry.height,
    };
    const renditions = (entry.assets ?? []).map((asset): Asset => {
      const { bytesPath, size } = readBytes(asset.path);
      return {
        key: asset.key,
        hostPath: hostPathFor(entry.mediaType, entry.id, asset.key),
        bytesPath,
        mimeType: asset.mimeType,
        sizeInBytes: size,
        quality: asset.quality,
        width: asset.width,
        height: asset.height,
      };
    });
    const { path: _path, assets: _assets, ...descriptive } = entry;
    return { ...descriptive, hash: src.hash, assets: [srcAsset, ...renditions] };
  });
  return { siteId: manifest.siteId, folders: manifest.folders, files };
}
