/**
 * A list fetched one page at a time by cursor: the first page whenever `fetchPage` changes (a new query), the
 * next on `loadMore`, and `retry` after a failure. A failed page keeps the rows already loaded, so the owner only
 * retries what is missing; answers to an outdated query are dropped. `fetchPage` must be memoised on its query.
 */
import { useCallback, useEffect, useState } from 'react';
import { useLatestOnly } from './use-latest-only';

/** One page of rows and the cursor of the next ('' when there is none). */
export type Page<Row> = { rows: Row[]; next: string };

export type PagedList<Row, Failure> = {
  rows: Row[];
  status: 'loading' | 'ready' | 'error';
  /** Set while status is 'error'. */
  failure?: Failure;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  retry: () => void;
};

export function usePagedList<Row, Failure>(
  fetchPage: (cursor: string | undefined) => Promise<Page<Row>>,
  failureOf: (thrown: unknown) => Failure,
): PagedList<Row, Failure> {
  const [rows, setRows] = useState<Row[]>([]);
  const [status, setStatus] = useState<PagedList<Row, Failure>['status']>('loading');
  const [failure, setFailure] = useState<Failure>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [next, setNext] = useState('');
  const latest = useLatestOnly();

  const load = useCallback(
    async (cursor: string | undefined) => {
      const current = latest.begin();
      setStatus((s) => (cursor ? s : 'loading'));
      setLoadingMore(Boolean(cursor));
      try {
        const page = await fetchPage(cursor);
        if (!current()) return;
        setRows((old) => (cursor ? [...old, ...page.rows] : page.rows));
        setNext(page.next);
        setStatus('ready');
      } catch (error) {
        if (!current()) return;
        setFailure(failureOf(error));
        setStatus('error');
      } finally {
        if (current()) setLoadingMore(false);
      }
    },
    [fetchPage, failureOf, latest],
  );

  useEffect(() => {
    setRows([]);
    setNext('');
    void load(undefined);
    return latest.invalidate;
  }, [load, latest]);

  const loadMore = useCallback(() => {
    if (next && !loadingMore) void load(next);
  }, [load, next, loadingMore]);

  // After a failed "load more" the cursor is still there, so retrying continues where the list stopped.
  const retry = useCallback(() => void load(next || undefined), [load, next]);

  return { rows, status, ...(status === 'error' ? { failure } : {}), loadingMore, hasMore: next !== '', loadMore, retry };
}
