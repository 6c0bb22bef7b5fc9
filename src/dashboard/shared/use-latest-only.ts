/**
 * The page's one stale-answer guard. Every `begin()` makes the answers of all earlier requests stale, and
 * `invalidate()` (on unmount, or when the input changes) does the same without starting a new one, so a slow
 * answer to an outdated folder, query or link never overwrites a newer one.
 */
import { useMemo, useRef } from 'react';

export type LatestOnly = {
  /** Starts a request; the returned check says whether its answer is still the one wanted. */
  begin: () => () => boolean;
  invalidate: () => void;
};

export function useLatestOnly(): LatestOnly {
  const generation = useRef(0);
  return useMemo(
    () => ({
      begin: () => {
        generation.current += 1;
        const mine = generation.current;
        return () => mine === generation.current;
      },
      invalidate: () => {
        generation.current += 1;
      },
    }),
    [],
  );
}
