import React, { Component, lazy, Suspense, useMemo, useState, type ComponentProps, type FC, type ReactNode } from 'react';
import { pageMessages } from '../shared/messages';
import { retryableImport } from '../shared/retryable-import';
import type { LinkPanel } from './LinkPanel';
import { PanelLoadFailed } from './PanelLoadFailed';
import { PanelLoading } from './PanelLoading';

type Props = ComponentProps<typeof LinkPanel>;

/**
 * The panel (form, results, QR codes, CSV) is a chunk of its own, and its words a catalog of their own, so none of it stands between opening
 * the app and seeing the files. The build emits the chunk next to the page script and imports it by a
 * URL relative to that script (import.meta.url); Wix serves all of an app's built assets from one
 * folder, as the local shell does, so the same relative import works in both.
 *
 * One shared request, fetched anew under a fresh URL if it failed (see retryable-import), so a prefetch
 * and an open never fetch twice and "Try again" works even where the browser remembers the failure.
 */
const importPanelCode = retryableImport(() => import('./LinkPanel'), import.meta.url);

/** Marks a failed fetch of the panel's code, as opposed to a fault in the panel itself. */
class PanelCodeUnavailable extends Error {}

/** The panel's code, then its words in the page's language (their loaders are in that code, not the page's). */
const loadLinkPanel = () =>
  importPanelCode()
    .then(async (module) => {
      await module.loadLinkPanelMessages();
      return module;
    })
    .catch((error: unknown) => {
      throw new PanelCodeUnavailable('The link panel could not be loaded.', { cause: error });
    });

/** Starts fetching the panel's code before it is needed, e.g. when the owner reaches for the list. */
export const prefetchLinkPanel = (): void => void loadLinkPanel().catch(() => undefined);

class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error instanceof PanelCodeUnavailable) return this.props.fallback;
    // Anything else is a bug in the panel, not a network problem: let it reach the page's own handling.
    if (error !== undefined) throw error;
    return this.props.children;
  }
}

export const LazyLinkPanel: FC<Props> = (props) => {
  // React remembers a failed lazy import for good, so each retry needs a fresh lazy component.
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt is exactly what asks for a new lazy component
  const Panel = useMemo(() => lazy(() => loadLinkPanel().then((module) => ({ default: module.LinkPanel }))), [attempt]);
  const title = pageMessages.linkPanelTitle({ count: props.files.length });
  return (
    <LoadBoundary
      key={attempt}
      fallback={<PanelLoadFailed title={title} onRetry={() => setAttempt((n) => n + 1)} onClose={props.onClose} />}
    >
      <Suspense fallback={<PanelLoading title={title} />}>
        <Panel {...props} />
      </Suspense>
    </LoadBoundary>
  );
};
