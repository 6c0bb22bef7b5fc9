/**
 * Sub-folders of the open folder (the first 100, by name). Search results span every folder, so no folders are
 * listed while searching.
 */
import { useCallback } from 'react';
import { folders } from '@wix/media';
import { usePagedList, type Page } from '../shared/use-paged-list';

export type FolderItem = { id: string; name: string };

const NONE: Page<FolderItem> = { rows: [], next: '' };

async function fetchFolders(parentFolderId: string): Promise<Page<FolderItem>> {
  const response = await folders.listFolders({
    parentFolderId,
    sort: { fieldName: 'displayName', order: 'ASC' },
    paging: { limit: 100 },
  });
  const rows = (response.folders ?? []).flatMap((f) => (f._id ? [{ id: f._id, name: f.displayName || f._id }] : []));
  return { rows, next: '' };
}

// Folders are a shortcut: if they fail to load, files and search still work, and the files error state shows.
const ignoreFailure = () => undefined;

export function useFolders(parentFolderId: string, enabled: boolean): FolderItem[] {
  const fetchPage = useCallback(
    async () => (enabled ? fetchFolders(parentFolderId) : NONE),
    [parentFolderId, enabled],
  );
  return usePagedList(fetchPage, ignoreFailure).rows;
}
