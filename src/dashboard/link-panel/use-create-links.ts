/**
 * Creating links for a set of files through the `createShareLinks` web method, in parts (see link-batches.ts), and
 * retrying only the files that failed. The owner picked an expiry *moment*, so minutes are recomputed from it on
 * every call: a retry a minute later still expires at the moment the form showed.
 */
import { useCallback, useState } from 'react';
import { webMethods } from '../shared/web-methods';
import { minutesUntil } from './expiry';
import { applyPart, idsToRetry, runInParts, settleBatch, startBatch, type BatchProgress, type PartOutcome } from './link-batches';
import type { ShareLinkOptions } from '../../common/share-links';
import type { FileRow } from '../shared/file-row';

export type LinkRequest = {
  files: FileRow[];
  expiresAt: Date;
  options: Omit<ShareLinkOptions, 'expirationInMinutes'>;
};

export type CreateLinksState =
  | { status: 'idle' }
  | ({ status: 'creating' | 'done'; request: LinkRequest } & BatchProgress);

async function call(request: LinkRequest, fileIds: string[]): Promise<PartOutcome> {
  try {
    const { createShareLinks } = await webMethods();
    const response = await createShareLinks(fileIds, {
      ...request.options,
      expirationInMinutes: minutesUntil(request.expiresAt, new Date()),
      // Web methods cannot learn where the app's functions are served; the page knows, from the build.
      linkBaseUrl: import.meta.env.BASE_API_URL,
    });
    if (!response.ok) return { ok: false, error: response.error };
    return { ok: true, results: response.results, warnings: response.warnings ?? [] };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}

export function useCreateLinks() {
  const [state, setState] = useState<CreateLinksState>({ status: 'idle' });

  const run = useCallback(async (request: LinkRequest, ids: string[], previous?: BatchProgress) => {
    const order = request.files.map((f) => f.id);
    let progress = startBatch(previous, ids);
    setState({ status: 'creating', request, ...progress });
    await runInParts(
      ids,
      (part) => call(request, part),
      (part, outcome) => {
        progress = applyPart(progress, order, part, outcome);
        setState({ status: 'creating', request, ...progress });
      },
    );
    setState({ status: 'done', request, ...settleBatch(progress) });
  }, []);

  const create = useCallback((request: LinkRequest) => run(request, request.files.map((f) => f.id)), [run]);

  const retryFailed = useCallback(async () => {
    if (state.status !== 'done') return;
    const ids = idsToRetry(state, state.request.files.map((f) => f.id));
    if (ids.length === 0) return;
    await run(state.request, ids, { results: state.results, pending: 0, unsaved: state.unsaved });
  }, [state, run]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, create, retryFailed, reset };
}
