/**
 * An injected Wix call for the property tests: records each argument pair with whether it passes the
 * independent contract, and answers with a scripted mix of links, Wix errors and odd values. The fake
 * clock is fakeWix's, which moves only when the code under test sleeps, so retries run instantly.
 */
import { fakeWix } from '../share-links/fake-wix';
import { applicationError, networkError } from '../share-links/sdk-errors';
import { wixFileId, wixOptions } from './wix-arguments';

export type Answer = 'links' | 'notFound' | 'rateLimited' | 'outage' | 'dropped' | 'forbidden' | 'garbage';
export const ANSWERS: readonly Answer[] = ['links', 'notFound', 'rateLimited', 'outage', 'dropped', 'forbidden', 'garbage'];

export type RecordedCall = { fileId: unknown; options: unknown; valid: boolean; problem?: string };

function answer(kind: Answer, fileId: string, options: { assetKeys?: string[] }): unknown {
  switch (kind) {
    case 'links':
      return { downloadUrls: (options.assetKeys ?? ['src']).map((assetKey) => ({ assetKey, url: `https://files.example/${assetKey}` })) };
    case 'notFound':
      throw applicationError(404, 'FILE_NOT_FOUND');
    case 'rateLimited':
      throw applicationError(429, 'RESOURCE_EXHAUSTED');
    case 'outage':
      throw applicationError(503, 'UNAVAILABLE');
    case 'dropped':
      throw networkError();
    case 'forbidden':
      throw applicationError(403, 'PERMISSION_DENIED');
    case 'garbage':
      return { downloadUrls: [{ url: fileId.length % 2 === 0 ? 42 : '' }] };
  }
}

export function recordingWix(answers: readonly Answer[]) {
  const calls: RecordedCall[] = [];
  const { deps } = fakeWix({}, {
    generate: async (fileId, options) => {
      const id = wixFileId.safeParse(fileId);
      const opts = wixOptions.safeParse(options);
      const problem = id.success ? (opts.success ? undefined : opts.error.message) : id.error.message;
      calls.push({ fileId, options, valid: problem === undefined, ...(problem === undefined ? {} : { problem }) });
      return answer(answers[calls.length % answers.length] ?? 'links', fileId, options);
    },
  });
  return { deps, calls };
}
