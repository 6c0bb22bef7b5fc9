/**
 * Creating links for a set of files through the `createShareLinks` web method, and retrying only the files that
 * failed. The owner picked an expiry *moment*, so minutes are recomputed from it on every call: a retry a minute
 * later still expires at the moment the form showed.
 */
import { useCallback, useState } from 'react';
import { createShareLinks } from '../../backend/share-links.web';
import { minutesUntil } from './expiry';
import type { ShareLinkOptions, ShareLinkResult } from '../../common/share-links';
import type { FileRow } from '../shared/file-row';
import type { RequestFailure } from './link-error-messages';

export type LinkRequest = {
  files: FileRow[];
  expiresAt: Date;
  options: Omit<ShareLinkOptions, 'expirationInMinutes'>;
};

export type CreateLinksState =
  | { status: 'idle' }
  | { status: 'creating'; request: LinkRequest; results: ShareLinkResult[] }
  | { status: 'done'; request: LinkRequest; results: ShareLinkResult[]; error?: RequestFailure };

function merge(previous: ShareLinkResult[], fresh: ShareLinkResult[]): ShareLinkResult[] {
  const byId = new Map(fresh.map((r) => [r.fileId, r]));
  return previous.map((r) => byId.get(r.fileId) ?? r);
}

async function call(request: LinkRequest, fileIds: string[]) {
  try {
    const response = await createShareLinks(fileIds, {
      ...request.options,
      expirationInMinutes: minutesUntil(request.expiresAt, new Date()),
    });
    if (!response.ok) return { error: response.error, results: [] as ShareLinkResult[] };
    return { results: response.results };
  } catch {
    return { error: 'unreachable' as const, results: [] as ShareLinkResult[] };
  }
}

export function useCreateLinks() {
  const [state, setState] = useState<CreateLinksState>({ status: 'idle' });

  const create = useCallback(async (request: LinkRequest) => {
    setState({ status: 'creating', request, results: [] });
    const { results, error } = await call(
      request,
      request.files.map((f) => f.id),
    );
    setState({ status: 'done', request, results, error });
  }, []);

  const retryFailed = useCallback(async () => {
    if (state.status !== 'done') return;
    const { request, results: previous } = state;
    const failedIds = previous.filter((r) => !r.ok).map((r) => r.fileId);
    const ids = previous.length ? failedIds : request.files.map((f) => f.id);
    if (ids.length === 0) return;
    setState({ status: 'creating', request, results: previous });
    const { results, error } = await call(request, ids);
    setState({ status: 'done', request, results: previous.length ? merge(previous, results) : results, error });
  }, [state]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, create, retryFailed, reset };
}
