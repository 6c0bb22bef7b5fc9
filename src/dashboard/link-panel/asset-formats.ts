/**
 * Formats (asset keys) the page offers per media type. The SDK hides which renditions a file really has, so these
 * are the usual Wix renditions; a key the file lacks comes back as an INVALID_ASSET_KEY result for that file.
 */
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import { linkPanelMessages } from './messages';

const FORMATS: Readonly<Record<string, readonly string[]>> = {
  AUDIO: [ORIGINAL_ASSET_KEY, '320kbs.mp3', '128kbs.mp3'],
  VIDEO: [ORIGINAL_ASSET_KEY, '480p.mp4', '720p.mp4'],
};

export function formatsFor(mediaTypes: readonly (string | undefined)[]): readonly string[] {
  const kinds = new Set(mediaTypes);
  if (kinds.size !== 1) return [ORIGINAL_ASSET_KEY];
  const [only] = [...kinds];
  return (only !== undefined && FORMATS[only]) || [ORIGINAL_ASSET_KEY];
}

/** How the form and the results name a format: the original by a word, a rendition by its key ("720p.mp4"). */
export const formatName = (key: string): string => (key === ORIGINAL_ASSET_KEY ? linkPanelMessages.originalFormat : key);
