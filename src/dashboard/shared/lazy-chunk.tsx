/**
 * A part of the page that is a chunk of its own (the link panel, the Links view, the QR code), so none of it
 * stands between opening the app and seeing the files. The build emits each chunk next to the page script and
 * imports it by a URL relative to the importing script (import.meta.url); Wix serves all of an app's built
 * assets from one folder, as the local shell does, so the same relative import works in both.
 *
 * Code that two chunks both need is either in the first load already or a chunk of its own loaded on use:
 * anything else would become a third, shared chunk, and opening the panel would then depend on two downloads.
 */
import React, { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { retryableImport } from './retryable-import';

/** Marks a failed fetch of a chunk's code, as opposed to a fault in the code itself. */
class ChunkUnavailable extends Error {}

/**
 * One shared request, fetched anew under a fresh URL if it failed (see retryable-import), so a prefetch and an
 * open never fetch twice and "Try again" works even where the browser remembers the failure.
 * `importerModuleUrl` is the import.meta.url of the module that holds `importer`. `prepare` is what the chunk needs
 * before it can show (its words in the page's language), and `alongside` what it needs that can be fetched at the
 * same time as its code (the views kit): a failure in either is a failed download too.
 */
export function chunkLoader<T, R = T>(
  importer: () => Promise<T>,
  importerModuleUrl: string,
  prepare: (module: T) => Promise<R> = async (module) => module as unknown as R,
  alongside: readonly (() => Promise<unknown>)[] = [],
): () => Promise<R> {
  const load = retryableImport(importer, importerModuleUrl);
  return () =>
    Promise.all([load().then(prepare), ...alongside.map((fetch) => fetch())])
      .then(([ready]) => ready)
      .catch((error: unknown) => {
      throw new ChunkUnavailable('A part of the page could not be loaded.', { cause: error });
    });
}

class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error instanceof ChunkUnavailable) return this.props.fallback;
    // Anything else is a bug in the chunk, not a network problem: let it reach the page's own handling.
    if (error !== undefined) throw error;
    return this.props.children;
  }
}

type Props<P> = {
  /** A module-level loader from `chunkLoader`, resolving to the component to show. */
  load: () => Promise<ComponentType<P>>;
  props: P;
  loading: ReactNode;
  /** What stands in its place when its code did not download; `retry` fetches it again. */
  failed: (retry: () => void) => ReactNode;
};

export function LazyChunk<P extends object>({ load, props, loading, failed }: Props<P>) {
  // React remembers a failed lazy import for good, so each retry needs a fresh lazy component.
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt is exactly what asks for a new lazy component
  const Chunk = useMemo(() => lazy(() => load().then((component) => ({ default: component as ComponentType<object> }))), [load, attempt]);
  return (
    <LoadBoundary key={attempt} fallback={failed(() => setAttempt((n) => n + 1))}>
      <Suspense fallback={loading}>
        <Chunk {...(props as object)} />
      </Suspense>
    </LoadBoundary>
  );
}
