/**
 * One page of files at a time for the current query, with "load more" by cursor. A failed page keeps the rows
 * already loaded so the owner only retries what is missing; answers to an outdated query are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { files } from '@wix/media';
import { toFileRequest, type FileQuery } from './file-query';
import { toFileRows, type FileRow } from '../shared/file-row';
import { listFailureOf, type ListFailure } from './list-failure';

export type FilesState = {
  rows: FileRow[];
  status: 'loading' | 'ready' | 'error';
  /** Set while status is 'error'. */
  failure?: ListFailure;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
};

type Page = { rows: FileRow[]; next: string };

async function fetchPage(query: FileQuery, cursor: string | undefined): Promise<Page> {
  const request = toFileRequest(query, cursor);
  const response =
    request.kind === 'search' ? await files.searchFiles(request.options) : await files.listFiles(request.options);
  return { rows: toFileRows(response.files), next: response.nextCursor?.cursors?.next ?? '' };
}

export function useFiles(query: FileQuery): FilesState {
  const [rows, setRows] = useState<FileRow[]>([]);
  const [status, setStatus] = useState<FilesState['status']>('loading');
  const [failure, setFailure] = useState<ListFailure>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [next, setNext] = useState('');
  const generation = useRef(0);

  const load = useCallback(
    async (cursor: string | undefined) => {
      const mine = generation.current;
      setStatus((s) => (cursor ? s : 'loading'));
      setLoadingMore(Boolean(cursor));
      try {
        const page = await fetchPage(query, cursor);
        if (mine !== generation.current) return;
        setRows((old) => (cursor ? [...old, ...page.rows] : page.rows));
        setNext(page.next);
        setStatus('ready');
      } catch (error) {
        if (mine !== generation.current) return;
        setFailure(listFailureOf(error));
        setStatus('error');
      } finally {
        if (mine === generation.current) setLoadingMore(false);
      }
    },
    [query],
  );

  useEffect(() => {
    generation.current += 1;
    setRows([]);
    setNext('');
    void load(undefined);
  }, [load]);

  const loadMore = useCallback(() => {
    if (next && !loadingMore) void load(next);
  }, [load, next, loadingMore]);

  // After a failed "load more" the cursor is still there, so retrying continues where the list stopped.
  const retry = useCallback(() => void load(next || undefined), [load, next]);

  return { rows, status, ...(status === 'error' ? { failure } : {}), loadingMore, hasMore: next !== '', loadMore, retry };
}
