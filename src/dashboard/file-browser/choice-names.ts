/** The words each filter and sort choice is shown with, looked up by the choice's value. */
import type { MediaTypeFilter, PrivacyFilter } from './file-query';
import { fileBrowserMessages as m } from './messages';
import type { SortColumn, SortOrder } from './sort-toggle';

export const mediaTypeNames: Readonly<Record<MediaTypeFilter, string>> = {
  ALL: m.mediaTypeAll,
  IMAGE: m.mediaTypeImage,
  VIDEO: m.mediaTypeVideo,
  AUDIO: m.mediaTypeAudio,
  DOCUMENT: m.mediaTypeDocument,
  VECTOR: m.mediaTypeVector,
  ARCHIVE: m.mediaTypeArchive,
  MODEL3D: m.mediaTypeModel3d,
};

/** A file's type as the list shows it; a type the Media Manager adds later shows as it arrives. */
export const mediaTypeName = (mediaType: string): string =>
  mediaType in mediaTypeNames ? mediaTypeNames[mediaType as MediaTypeFilter] : mediaType;

export const privacyNames: Readonly<Record<PrivacyFilter, string>> = {
  ALL: m.privacyAll,
  PRIVATE: m.privacyPrivate,
  PUBLIC: m.privacyPublic,
};

export const sortColumnNames: Readonly<Record<SortColumn, string>> = { name: m.sortByName, date: m.sortByDate, size: m.sortBySize };

export const sortOrderNames: Readonly<Record<SortColumn, Record<SortOrder, string>>> = {
  name: { asc: m.sortNameAsc, desc: m.sortNameDesc },
  date: { asc: m.sortDateAsc, desc: m.sortDateDesc },
  size: { asc: m.sortSizeAsc, desc: m.sortSizeDesc },
};
