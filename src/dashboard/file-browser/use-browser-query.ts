/** Where the owner is (folder path) and what they asked for (search, filters, sort), as one FileQuery. */
import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_QUERY, ROOT_FOLDER_ID, type FileQuery } from './file-query';
import { pageMessages } from '../shared/messages';
import { useDebouncedValue } from '../shared/use-debounced-value';
import type { FolderItem } from './use-folders';

const SEARCH_DEBOUNCE_MS = 300;

export function useBrowserQuery() {
  const [path, setPath] = useState<FolderItem[]>(() => [{ id: ROOT_FOLDER_ID, name: pageMessages.rootFolder }]);
  const [searchText, setSearchText] = useState('');
  const [filters, setFilters] = useState<Omit<FileQuery, 'folderId' | 'search'>>(DEFAULT_QUERY);
  const search = useDebouncedValue(searchText.trim(), SEARCH_DEBOUNCE_MS);
  const folderId = path[path.length - 1]?.id ?? ROOT_FOLDER_ID;

  const query = useMemo<FileQuery>(
    () => ({ folderId, search, mediaType: filters.mediaType, privacy: filters.privacy, sort: filters.sort }),
    [folderId, search, filters.mediaType, filters.privacy, filters.sort],
  );

  const openFolder = useCallback((folder: FolderItem) => {
    setSearchText('');
    setPath((p) => [...p, folder]);
  }, []);

  const jumpTo = useCallback((index: number) => {
    setSearchText('');
    setPath((p) => p.slice(0, index + 1));
  }, []);

  const update = useCallback((change: Partial<FileQuery>) => setFilters((f) => ({ ...f, ...change })), []);

  const clearFilters = useCallback(() => {
    setSearchText('');
    setFilters((f) => ({ ...f, mediaType: 'ALL', privacy: 'ALL' }));
  }, []);

  return { query, path, searchText, setSearchText, openFolder, jumpTo, update, clearFilters };
}
