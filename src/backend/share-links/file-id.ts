/**
 * A file reference as callers pass it: a bare Media Manager id, or a Wix media URL such as
 * `wix:image://v1/<id>/<file name>#originWidth=…` (what the SDK returns in `media` fields).
 * Wix accepts both, but links are generated for the bare id so that two spellings of one file
 * are recognised as duplicates.
 */
import { MAX_FILE_ID_LENGTH } from '../../common/limits';
import { CONTROL_AND_DIRECTION_MARKS } from '../../common/unsafe-characters';

// `wix:<type>://v1/<id>[/<name>][#<metadata>]`; documents may carry a `ugd/` segment before the id.
const MEDIA_URL = /^wix:(image|video|audio|document|vector):\/\/v1\/(?:ugd\/)?([^/#?]+)(?:[/#].*)?$/s;
// Ids are opaque, but never contain separators, spaces, characters that only occur in URLs, or
// Unicode direction marks (which make an id read differently on screen than it is); nor are they
// a path step such as "..".
const BARE_ID = new RegExp(`^(?!\\.+$)[^\\s/\\\\?#:%"'<>${CONTROL_AND_DIRECTION_MARKS}]+$`);

/** The bare id, or undefined when the reference is neither form. */
export function fileIdOf(reference: string): string | undefined {
  const match = MEDIA_URL.exec(reference);
  const id = match ? match[2] : reference;
  if (id === undefined || id.length > MAX_FILE_ID_LENGTH || !BARE_ID.test(id)) return undefined;
  return id;
}
