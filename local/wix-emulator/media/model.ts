/**
 * The emulator's in-memory view of a Media Manager: what a file is, where its bytes live, and under which
 * download-host path each of its assets is served. Everything here is read-only after start-up.
 */

export type MediaType = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'DOCUMENT' | 'VECTOR' | 'ARCHIVE' | 'MODEL3D';

export const MEDIA_TYPES: readonly MediaType[] = ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT', 'VECTOR', 'ARCHIVE', 'MODEL3D'];

export const MEDIA_ROOT = 'media-root';

/** One servable rendition of a file: `src` is the original, the others are Wix's asset keys. */
export type Asset = {
  key: string;
  /** Path on the download host, unencoded, e.g. `/mp3/4acbb8_…-320.mp3`. */
  hostPath: string;
  bytesPath: string;
  mimeType: string;
  sizeInBytes: number;
  quality?: string;
  width?: number;
  height?: number;
};

export type MediaFile = {
  id: string;
  displayName: string;
  parentFolderId: string;
  private: boolean;
  mediaType: MediaType;
  mimeType: string;
  labels: string[];
  createdDate: string;
  updatedDate: string;
  hash: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  bitrate?: number;
  /** `src` first, then the renditions in manifest order. */
  assets: Asset[];
};

export type Folder = {
  id: string;
  displayName: string;
  parentFolderId: string;
  createdDate: string;
  updatedDate: string;
};

export function srcAsset(file: MediaFile): Asset {
  const src = file.assets[0];
  if (!src) throw new Error(`File ${file.id} has no src asset`);
  return src;
}

function withoutExtension(id: string): string {
  const dot = id.lastIndexOf('.');
  return dot > 0 ? id.slice(0, dot) : id;
}

/**
 * Download-host paths follow the shapes seen in real Wix download URLs (media-manager-api.md §5), so a link
 * produced here looks like Wix's apart from the origin.
 */
export function hostPathFor(mediaType: MediaType, id: string, assetKey: string): string {
  if (mediaType === 'VIDEO') {
    if (assetKey === 'src') return `/video/${id}/file`;
    const [resolution, format] = assetKey.split('.');
    return `/video/${id}/${resolution}/${format ?? 'mp4'}/file.${format ?? 'mp4'}`;
  }
  if (mediaType === 'AUDIO') {
    if (assetKey === 'src') return `/mp3/${id}`;
    const bitrate = assetKey.replace(/kbs\..*$/, '');
    return `/mp3/${withoutExtension(id)}-${bitrate}.mp3`;
  }
  const prefix: Record<MediaType, string> = {
    IMAGE: 'media',
    VECTOR: 'shapes',
    DOCUMENT: 'ugd',
    ARCHIVE: 'archives',
    MODEL3D: 'raw',
    AUDIO: 'mp3',
    VIDEO: 'video',
  };
  return `/${prefix[mediaType]}/${id}`;
}
