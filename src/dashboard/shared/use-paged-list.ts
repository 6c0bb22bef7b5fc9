/**
 * A list fetched one page at a time by cursor: the first page whenever `fetchPage` changes (a new query), the
 * next on `loadMore`, and `retry` after a failure. A failed page keeps the rows already loaded, so the owner only
 * retries what is missing; answers to an outdated query are dropped. `fetchPage` must be memoised on its query.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
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

type State<Row, Failure> = Omit<PagedList<Row, Failure>, 'hasMore' | 'loadMore' | 'retry'> & { next: string };

const empty = <Row, Failure>(): State<Row, Failure> => ({ rows: [], status: 'loading', loadingMore: false, next: '' });
const isEmpty = (s: State<unknown, unknown>) => s.rows.length === 0 && s.status === 'loading' && !s.loadingMore && s.next === '';

/** `opening`: the first page of the first query when it is already in, shown in the first render without a request. */
export function usePagedList<Row, Failure>(
  fetchPage: (cursor: string | undefined) => Promise<Page<Row>>,
  failureOf: (thrown: unknown) => Failure,
  opening?: Page<Row>,
): PagedList<Row, Failure> {
  // One state object, changed once per step: the dashboard renders pages with React's legacy root, which does
  // not batch updates made after an await, so each separate setter would render every row again.
  const [state, setState] = useState<State<Row, Failure>>(() =>
    opening ? { rows: opening.rows, next: opening.next, status: 'ready', loadingMore: false } : empty(),
  );
  const openingShown = useRef(opening !== undefined);
  const latest = useLatestOnly();

  const load = useCallback(
    /** `fresh`: a new query, whose list starts empty. */
    async (cursor: string | undefined, fresh = false) => {
      const current = latest.begin();
      // Returning the same state when it is already empty (the first load) spares a render.
      setState((s) => (fresh ? (isEmpty(s) ? s : empty()) : { ...s, status: cursor ? s.status : 'loading', loadingMore: Boolean(cursor) }));
      try {
        const page = await fetchPage(cursor);
        if (!current()) return;
        setState((s) => ({ rows: cursor ? [...s.rows, ...page.rows] : page.rows, next: page.next, status: 'ready', loadingMore: false }));
      } catch (error) {
        if (!current()) return;
        setState((s) => ({ ...s, status: 'error', failure: failureOf(error), loadingMore: false }));
      }
    },
    [fetchPage, failureOf, latest],
  );

  useEffect(() => {
    if (openingShown.current) openingShown.current = false;
    else void load(undefined, true);
    return latest.invalidate;
  }, [load, latest]);

  const { rows, status, failure, loadingMore, next } = state;
  const loadMore = useCallback(() => {
    if (next && !loadingMore) void load(next);
  }, [load, next, loadingMore]);

  // After a failed "load more" the cursor is still there, so retrying continues where the list stopped.
  const retry = useCallback(() => void load(next || undefined), [load, next]);

  return { rows, status, ...(status === 'error' ? { failure } : {}), loadingMore, hasMore: next !== '', loadMore, retry };
}
