/** The files of the current query, one page of 50 at a time (see usePagedList for paging, retries and stale answers). */
import { useCallback, useState } from 'react';
import { files } from '@wix/media';
import { toFileRows, type FileRow } from '../shared/file-row';
import { usePagedList, type Page, type PagedList } from '../shared/use-paged-list';
import { earlyAnswer } from '../shared/early-answer';
import { DEFAULT_QUERY, isDefaultQuery, toFileRequest, type FileQuery } from './file-query';
import { listFailureOf, type ListFailure } from './list-failure';

export type FilesState = PagedList<FileRow, ListFailure>;

async function fetchFiles(query: FileQuery, cursor: string | undefined): Promise<Page<FileRow>> {
  const request = toFileRequest(query, cursor);
  const response =
    request.kind === 'search' ? await files.searchFiles(request.options) : await files.listFiles(request.options);
  return { rows: toFileRows(response.files), next: response.nextCursor?.cursors?.next ?? '' };
}

/** The opening page, asked for while the page's words are still downloading (see first-rows.ts). */
const firstFiles = earlyAnswer(() => fetchFiles(DEFAULT_QUERY, undefined));
export const askFirstFiles = firstFiles.ask;
export const firstFilesSettled = firstFiles.settled;

export function useFiles(query: FileQuery): FilesState {
  const fetchPage = useCallback(
    (cursor: string | undefined) => (cursor === undefined && isDefaultQuery(query) && firstFiles.take()) || fetchFiles(query, cursor),
    [query],
  );
  const [opening] = useState(() => (isDefaultQuery(query) ? firstFiles.takeReady() : undefined));
  return usePagedList(fetchPage, listFailureOf, opening);
}
