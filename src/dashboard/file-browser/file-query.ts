/** What the owner asked to see (folder, search, filters, sort) mapped to one Media Manager list or search call. */

export const MEDIA_TYPES = ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT', 'VECTOR', 'ARCHIVE', 'MODEL3D'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export type MediaTypeFilter = 'ALL' | MediaType;
export type PrivacyFilter = 'ALL' | 'PRIVATE' | 'PUBLIC';
export type SortKey = 'date-desc' | 'date-asc' | 'name-asc' | 'name-desc' | 'size-desc' | 'size-asc';

export const ROOT_FOLDER_ID = 'media-root';
const PAGE_SIZE = 50;

export type FileQuery = {
  folderId: string;
  search: string;
  mediaType: MediaTypeFilter;
  privacy: PrivacyFilter;
  sort: SortKey;
};

export const DEFAULT_QUERY: FileQuery = {
  folderId: ROOT_FOLDER_ID,
  search: '',
  mediaType: 'ALL',
  privacy: 'ALL',
  sort: 'date-desc',
};

type Sorting = { fieldName: string; order: 'ASC' | 'DESC' };
type Paging = { limit: number; cursor?: string };
type Common = { mediaTypes?: MediaType[]; private?: boolean; sort: Sorting; paging: Paging };

export type FileRequest =
  | { kind: 'list'; options: Common & { parentFolderId: string } }
  | { kind: 'search'; options: Common & { search: string; rootFolder: 'MEDIA_ROOT' } };

// The SDK renames `_updatedDate` back to the REST field `updatedDate`.
const SORT_FIELDS: Record<SortKey, Sorting> = {
  'date-desc': { fieldName: '_updatedDate', order: 'DESC' },
  'date-asc': { fieldName: '_updatedDate', order: 'ASC' },
  'name-asc': { fieldName: 'displayName', order: 'ASC' },
  'name-desc': { fieldName: 'displayName', order: 'DESC' },
  'size-desc': { fieldName: 'sizeInBytes', order: 'DESC' },
  'size-asc': { fieldName: 'sizeInBytes', order: 'ASC' },
};

/** The query the Files view opens with: the root folder, nothing searched or filtered, newest first. */
export const isDefaultQuery = (query: FileQuery): boolean =>
  (Object.keys(DEFAULT_QUERY) as (keyof FileQuery)[]).every((key) => query[key] === DEFAULT_QUERY[key]);

export const isSearching = (query: FileQuery): boolean => query.search.trim() !== '';

export const hasFilters = (query: FileQuery): boolean =>
  isSearching(query) || query.mediaType !== 'ALL' || query.privacy !== 'ALL';

/** A search always covers every folder: owners search because they do not know where a file is. */
export function toFileRequest(query: FileQuery, cursor?: string, limit = PAGE_SIZE): FileRequest {
  const common: Common = {
    sort: SORT_FIELDS[query.sort],
    paging: cursor ? { limit, cursor } : { limit },
  };
  if (query.mediaType !== 'ALL') common.mediaTypes = [query.mediaType];
  if (query.privacy !== 'ALL') common.private = query.privacy === 'PRIVATE';
  if (isSearching(query)) {
    return { kind: 'search', options: { ...common, search: query.search.trim(), rootFolder: 'MEDIA_ROOT' } };
  }
  return { kind: 'list', options: { ...common, parentFolderId: query.folderId } };
}
