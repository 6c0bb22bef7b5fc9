/**
 * An injected Wix call for the property tests: records each argument pair with whether it passes the
 * independent contract, and answers with a scripted mix of links, Wix errors and odd values. The
 * clock moves only when the code under test sleeps, so retries run instantly.
 */
import type { GenerateDeps } from '../../../src/backend/share-links/generate-links';
import { wixFileId, wixOptions } from './wix-arguments';

export type Answer = 'links' | 'notFound' | 'rateLimited' | 'outage' | 'dropped' | 'forbidden' | 'garbage';
export const ANSWERS: readonly Answer[] = ['links', 'notFound', 'rateLimited', 'outage', 'dropped', 'forbidden', 'garbage'];

export type RecordedCall = { fileId: unknown; options: unknown; valid: boolean; problem?: string };

const sdkError = (status: number, code: string) =>
  Object.assign(new Error(`HTTP ${status}`), { details: { applicationError: { code } }, response: { status } });

function answer(kind: Answer, fileId: string, options: { assetKeys?: string[] }): unknown {
  switch (kind) {
    case 'links':
      return { downloadUrls: (options.assetKeys ?? ['src']).map((assetKey) => ({ assetKey, url: `https://files.example/${assetKey}` })) };
    case 'notFound':
      throw sdkError(404, 'FILE_NOT_FOUND');
    case 'rateLimited':
      throw sdkError(429, 'RESOURCE_EXHAUSTED');
    case 'outage':
      throw sdkError(503, 'UNAVAILABLE');
    case 'dropped':
      throw new TypeError('fetch failed');
    case 'forbidden':
      throw sdkError(403, 'PERMISSION_DENIED');
    case 'garbage':
      return { downloadUrls: [{ url: fileId.length % 2 === 0 ? 42 : '' }] };
  }
}

export function recordingWix(answers: readonly Answer[]) {
  const calls: RecordedCall[] = [];
  let clock = Date.parse('2026-11-26T20:00:00.000Z');
  const deps: GenerateDeps = {
    now: () => new Date(clock),
    sleep: async (ms) => {
      clock += ms;
    },
    random: () => 0.5,
    generate: async (fileId, options) => {
      const id = wixFileId.safeParse(fileId);
      const opts = wixOptions.safeParse(options);
      const problem = id.success ? (opts.success ? undefined : opts.error.message) : id.error.message;
      calls.push({ fileId, options, valid: problem === undefined, ...(problem === undefined ? {} : { problem }) });
      return answer(answers[calls.length % answers.length] ?? 'links', fileId, options);
    },
  };
  return { deps, calls };
}
