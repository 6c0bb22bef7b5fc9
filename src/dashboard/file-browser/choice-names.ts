/** The words each filter and sort choice is shown with, looked up by the choice's value once the catalog is loaded. */
import type { MediaTypeFilter, PrivacyFilter } from './file-query';
import { pageMessages as m } from '../shared/messages';
import type { SortColumn, SortOrder } from './sort-toggle';

const MEDIA_TYPE_KEYS = {
  ALL: 'mediaTypeAll',
  IMAGE: 'mediaTypeImage',
  VIDEO: 'mediaTypeVideo',
  AUDIO: 'mediaTypeAudio',
  DOCUMENT: 'mediaTypeDocument',
  VECTOR: 'mediaTypeVector',
  ARCHIVE: 'mediaTypeArchive',
  MODEL3D: 'mediaTypeModel3d',
} as const satisfies Record<MediaTypeFilter, keyof typeof m>;

export const mediaTypeNames = (): Readonly<Record<MediaTypeFilter, string>> =>
  Object.fromEntries(Object.entries(MEDIA_TYPE_KEYS).map(([value, key]) => [value, m[key]])) as Record<MediaTypeFilter, string>;

/** A file's type as the list shows it; a type the Media Manager adds later shows as it arrives. */
export const mediaTypeName = (mediaType: string): string =>
  mediaType in MEDIA_TYPE_KEYS ? m[MEDIA_TYPE_KEYS[mediaType as MediaTypeFilter]] : mediaType;

export const privacyNames = (): Readonly<Record<PrivacyFilter, string>> => ({
  ALL: m.privacyAll,
  PRIVATE: m.privacyPrivate,
  PUBLIC: m.privacyPublic,
});

export const sortColumnNames = (): Readonly<Record<SortColumn, string>> => ({ name: m.sortByName, date: m.sortByDate, size: m.sortBySize });

export const sortOrderNames = (): Readonly<Record<SortColumn, Record<SortOrder, string>>> => ({
  name: { asc: m.sortNameAsc, desc: m.sortNameDesc },
  date: { asc: m.sortDateAsc, desc: m.sortDateDesc },
  size: { asc: m.sortSizeAsc, desc: m.sortSizeDesc },
});
