/**
 * Formats (asset keys) the page offers per media type. The SDK hides which renditions a file really has, so these
 * are the usual Wix renditions; a key the file lacks comes back as an INVALID_ASSET_KEY result for that file.
 */
import type { MediaType } from './file-query';

/** The original upload; also what Wix links to when no asset key is given. */
export const ORIGINAL_ASSET_KEY = 'src';

const FORMATS: Partial<Record<MediaType, readonly string[]>> = {
  AUDIO: [ORIGINAL_ASSET_KEY, '320kbs.mp3', '128kbs.mp3'],
  VIDEO: [ORIGINAL_ASSET_KEY, '480p.mp4', '720p.mp4'],
};

export function formatsFor(mediaTypes: readonly (MediaType | string | undefined)[]): readonly string[] {
  const kinds = new Set(mediaTypes);
  if (kinds.size !== 1) return [ORIGINAL_ASSET_KEY];
  const [only] = [...kinds];
  return FORMATS[only as MediaType] ?? [ORIGINAL_ASSET_KEY];
}
