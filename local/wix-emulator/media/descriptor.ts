/**
 * REST shapes of files and folders as Wix sends them (media-manager-api.md §2): REST field names, ISO dates,
 * `sizeInBytes` as a string, `media` as objects (the SDK turns those into `wix:` strings itself). For a private
 * file every per-type media URL is blank and `url` points at a static path that answers 403.
 */
import type { Asset, Folder, MediaFile } from './model';
import { srcAsset } from './model';

export function hostUrl(origin: string, hostPath: string): string {
  return origin + hostPath.split('/').map(encodeURIComponent).join('/');
}

export function thumbnailUrl(origin: string, file: MediaFile): string {
  return `${origin}/thumbnails/${encodeURIComponent(file.id)}`;
}

function imageObject(file: MediaFile, url: string) {
  return { id: file.id, url, height: file.height ?? 0, width: file.width ?? 0, altText: file.displayName, filename: file.displayName };
}

function mediaOf(origin: string, file: MediaFile) {
  const src = srcAsset(file);
  const visible = (asset: Asset) => (file.private ? '' : hostUrl(origin, asset.hostPath));
  const renditions = file.assets.slice(1);
  switch (file.mediaType) {
    case 'IMAGE':
      return { image: { image: imageObject(file, visible(src)), colors: { prominent: null, palette: [] }, faces: [], previewImage: imageObject(file, thumbnailUrl(origin, file)) } };
    case 'VECTOR':
      return { vector: { image: imageObject(file, visible(src)), faces: [] } };
    case 'AUDIO':
      return {
        audio: {
          id: file.id,
          assets: [src, ...renditions].map((asset) => ({
            id: asset.key === 'src' ? file.id : asset.hostPath.split('/').pop(),
            url: visible(asset),
            filename: file.displayName,
            assetKey: asset.key,
            format: 'mp3',
            quality: asset.quality ?? 'original',
            private: file.private,
            duration: file.durationSeconds ?? 0,
            sizeInBytes: String(asset.sizeInBytes),
          })),
          bitrate: file.bitrate ?? 0,
          format: 'mp3',
          duration: file.durationSeconds ?? 0,
          sizeInBytes: String(src.sizeInBytes),
        },
      };
    case 'VIDEO':
      return {
        video: {
          id: file.id,
          filename: file.displayName,
          resolutions: renditions.map((asset) => ({
            url: visible(asset),
            height: asset.height ?? 0,
            width: asset.width ?? 0,
            format: asset.key,
            assetKey: asset.key,
            quality: asset.quality ?? asset.key,
            private: file.private,
            filename: file.displayName,
          })),
          posters: [{ id: `${file.id}-poster`, url: thumbnailUrl(origin, file), height: file.height ?? 0, width: file.width ?? 0, filename: file.displayName }],
          sizeInBytes: String(src.sizeInBytes),
          durationInMilliseconds: Math.round((file.durationSeconds ?? 0) * 1000),
          width: file.width ?? 0,
          height: file.height ?? 0,
        },
      };
    case 'DOCUMENT':
      return { document: { id: file.id, url: visible(src), filename: file.displayName } };
    case 'ARCHIVE':
      return { archive: { id: file.id, url: visible(src), sizeInBytes: String(src.sizeInBytes), filename: file.displayName } };
    case 'MODEL3D':
      return { model3d: { id: file.id, url: visible(src), filename: file.displayName, sizeInBytes: String(src.sizeInBytes) } };
  }
}

export function fileDescriptor(origin: string, siteId: string, file: MediaFile) {
  const src = srcAsset(file);
  return {
    id: file.id,
    displayName: file.displayName,
    url: hostUrl(origin, src.hostPath),
    parentFolderId: file.parentFolderId,
    hash: file.hash,
    sizeInBytes: String(src.sizeInBytes),
    private: file.private,
    mediaType: file.mediaType,
    media: mediaOf(origin, file),
    operationStatus: 'READY',
    thumbnailUrl: thumbnailUrl(origin, file),
    labels: file.labels,
    createdDate: file.createdDate,
    updatedDate: file.updatedDate,
    siteId,
    state: 'OK',
    internalTags: ['_fileOrigin_uploaded'],
    mimeType: file.mimeType,
  };
}

export function folderDescriptor(siteId: string, folder: Folder) {
  return { ...folder, state: 'OK', siteId };
}
