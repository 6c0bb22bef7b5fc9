/** The files of the current query, one page of 50 at a time (see usePagedList for paging, retries and stale answers). */
import { useCallback } from 'react';
import { files } from '@wix/media';
import { toFileRows, type FileRow } from '../shared/file-row';
import { usePagedList, type Page, type PagedList } from '../shared/use-paged-list';
import { toFileRequest, type FileQuery } from './file-query';
import { listFailureOf, type ListFailure } from './list-failure';

export type FilesState = PagedList<FileRow, ListFailure>;

async function fetchFiles(query: FileQuery, cursor: string | undefined): Promise<Page<FileRow>> {
  const request = toFileRequest(query, cursor);
  const response =
    request.kind === 'search' ? await files.searchFiles(request.options) : await files.listFiles(request.options);
  return { rows: toFileRows(response.files), next: response.nextCursor?.cursors?.next ?? '' };
}

export function useFiles(query: FileQuery): FilesState {
  const fetchPage = useCallback((cursor: string | undefined) => fetchFiles(query, cursor), [query]);
  return usePagedList(fetchPage, listFailureOf);
}
