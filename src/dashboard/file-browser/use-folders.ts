/**
 * Sub-folders of the open folder (the first 100, by name). Search results span every folder, so no folders are
 * listed while searching.
 */
import { useCallback, useState } from 'react';
import { folders } from '@wix/media';
import { earlyAnswer } from '../shared/early-answer';
import { usePagedList, type Page } from '../shared/use-paged-list';
import { ROOT_FOLDER_ID } from './file-query';

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

const rootFolders = earlyAnswer(() => fetchFolders(ROOT_FOLDER_ID));
export const askRootFolders = rootFolders.ask;
export const rootFoldersSettled = rootFolders.settled;

export function useFolders(parentFolderId: string, enabled: boolean): FolderItem[] {
  const fetchPage = useCallback(
    async () => (enabled ? ((parentFolderId === ROOT_FOLDER_ID && rootFolders.take()) || fetchFolders(parentFolderId)) : NONE),
    [parentFolderId, enabled],
  );
  const [opening] = useState(() => (parentFolderId === ROOT_FOLDER_ID && enabled ? rootFolders.takeReady() : undefined));
  return usePagedList(fetchPage, ignoreFailure, opening).rows;
}
