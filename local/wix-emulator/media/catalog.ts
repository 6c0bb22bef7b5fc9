/**
 * The read side of the emulated Media Manager: lookups by id and by download path, and file queries
 * (direct children of a folder, or a whole root for search) answered from pre-sorted, cached arrays.
 */
import { QueryCache, sortedBy, type Query } from './listing';
import { MEDIA_ROOT, type Asset, type Folder, type MediaFile, type MediaType } from './model';

export const FILE_SORT_FIELDS = ['displayName', 'updatedDate', 'sizeInBytes'] as const;
export const FOLDER_SORT_FIELDS = ['displayName', 'updatedDate'] as const;

export type FileFilters = { mediaTypes?: MediaType[]; private?: boolean; search?: string };

const sortKeys: Record<string, (file: MediaFile) => string | number> = {
  displayName: (file) => file.displayName.toLowerCase(),
  updatedDate: (file) => file.updatedDate,
  sizeInBytes: (file) => file.assets[0]?.sizeInBytes ?? 0,
};

function matches(file: MediaFile, filters: FileFilters): boolean {
  if (filters.mediaTypes && filters.mediaTypes.length > 0 && !filters.mediaTypes.includes(file.mediaType)) return false;
  if (filters.private !== undefined && file.private !== filters.private) return false;
  if (filters.search) {
    const needle = filters.search.toLowerCase();
    const haystack = [file.displayName, file.mimeType, ...file.labels];
    if (!haystack.some((text) => text.toLowerCase().includes(needle))) return false;
  }
  return true;
}

export class Catalog {
  readonly siteId: string;
  private readonly files = new Map<string, MediaFile>();
  private readonly folders = new Map<string, Folder>();
  private readonly byHostPath = new Map<string, { file: MediaFile; asset: Asset }>();
  private readonly filesByScope = new Map<string, MediaFile[]>();
  private readonly sortedScopes = new Map<string, MediaFile[]>();
  private readonly fileQueries = new QueryCache<MediaFile>();

  constructor(siteId: string, folders: readonly Folder[], files: readonly MediaFile[]) {
    this.siteId = siteId;
    for (const folder of folders) this.folders.set(folder.id, folder);
    const everything: MediaFile[] = [];
    for (const file of files) {
      this.files.set(file.id, file);
      for (const asset of file.assets) this.byHostPath.set(asset.hostPath, { file, asset });
      const siblings = this.filesByScope.get(file.parentFolderId) ?? [];
      siblings.push(file);
      this.filesByScope.set(file.parentFolderId, siblings);
      everything.push(file);
    }
    // Every file of this library lives under media-root, so a MEDIA_ROOT search spans all of them.
    this.filesByScope.set('MEDIA_ROOT', everything);
  }

  file(id: string): MediaFile | undefined {
    return this.files.get(id);
  }

  folder(id: string): Folder | undefined {
    return this.folders.get(id);
  }

  isKnownFolder(id: string): boolean {
    return id === MEDIA_ROOT || this.folders.has(id);
  }

  assetAt(hostPath: string): { file: MediaFile; asset: Asset } | undefined {
    return this.byHostPath.get(hostPath);
  }

  childFolders(parentId: string): Folder[] {
    return [...this.folders.values()].filter((folder) => folder.parentFolderId === parentId);
  }

  /** `query.scope` is a folder id (direct children) or a root name such as MEDIA_ROOT (all levels). */
  queryFiles(query: Query): MediaFile[] {
    return this.fileQueries.get(query, () => {
      const sorted = this.sortedScope(query.scope, query.sort.fieldName);
      const ordered = query.sort.order === 'ASC' ? sorted : [...sorted].reverse();
      const filters = query.filters as FileFilters;
      return ordered.filter((file) => matches(file, filters));
    });
  }

  private sortedScope(scope: string, fieldName: string): MediaFile[] {
    const key = `${scope}\u0000${fieldName}`;
    let sorted = this.sortedScopes.get(key);
    if (!sorted) {
      const sortKey = sortKeys[fieldName] ?? sortKeys.updatedDate!;
      sorted = sortedBy(this.filesByScope.get(scope) ?? [], sortKey);
      this.sortedScopes.set(key, sorted);
    }
    return sorted;
  }
}
