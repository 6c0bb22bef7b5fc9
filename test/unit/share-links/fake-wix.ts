/**
 * A scripted stand-in for the elevated generateFileDownloadUrl, with a fake clock that only moves
 * when the code under test sleeps, so retry and budget behaviour is exact and instant.
 */
import type { LinkRecorder } from '../../../src/backend/link-history/record-links';
import type { SecureDeps } from '../../../src/backend/share-links/create-share-links';
import type { GenerateDeps } from '../../../src/backend/share-links/generate-links';
import type { GenerateOptions } from '../../../src/backend/share-links/request-schema';

/** A value to resolve to, an Error to throw, or a function of the options that may move the clock. */
export type Answer = unknown | ((options: GenerateOptions, advance: (ms: number) => void) => unknown);
export type Call = { fileId: string; options: GenerateOptions; at: number };

export const START = Date.parse('2026-11-26T20:00:00.000Z');

export const linksFor = (fileId: string, keys: readonly string[] = ['src']) => ({
  downloadUrls: keys.map((assetKey) => ({ assetKey, url: `https://download.example/media/${fileId}?token=SECRET-${assetKey}` })),
});

/** Each file id answers with its scripted values in turn (errors are thrown); then with links. */
export function fakeWix(script: Record<string, Answer[]> = {}, extra: Partial<GenerateDeps> = {}) {
  let clock = START;
  const calls: Call[] = [];
  const sleeps: number[] = [];
  const advance = (ms: number) => {
    clock += ms;
  };
  let inFlight = 0;
  let maxInFlight = 0;
  const deps: GenerateDeps = {
    now: () => new Date(clock),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    generate: async (fileId, options) => {
      calls.push({ fileId, options, at: clock });
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Let the other queued calls start, so concurrency is observable.
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      const next = script[fileId]?.shift();
      if (next === undefined) return linksFor(fileId, options.assetKeys);
      const answer = typeof next === 'function' ? next(options, advance) : next;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    ...extra,
  };
  return {
    deps,
    calls,
    sleeps,
    maxInFlight: () => maxInFlight,
  };
}

export const SECRET = 'unit-test-app-secret';
export const INSTANCE_ID = '6b1f0d2e-3c4a-4e5b-9f6a-7d8c9e0f1a2b';

/**
 * What a secure request needs beside `generate`: the instance, one describe call for the batch (every id is an
 * IMAGE named after itself unless `describe` says otherwise), a cheap stand-in hash, and a recorder that keeps
 * what it was given.
 */
export function fakeSecure(options: { describe?: (ids: string[]) => unknown; instanceId?: () => Promise<string>; record?: LinkRecorder } = {}) {
  const described: string[][] = [];
  const hashed: string[] = [];
  const recorded: Parameters<LinkRecorder>[] = [];
  const secure: SecureDeps = {
    secret: SECRET,
    instanceId: options.instanceId ?? (async () => INSTANCE_ID),
    describeFiles: async (ids) => {
      described.push(ids);
      if (options.describe) return options.describe(ids);
      return { files: ids.map((id) => ({ _id: id, displayName: id, mediaType: 'IMAGE', sizeInBytes: '10' })) };
    },
    hashPassword: async (password) => {
      hashed.push(password);
      return `hash-of-${password.length}`;
    },
  };
  const record: LinkRecorder = async (...args) => {
    recorded.push(args);
    return options.record ? options.record(...args) : [];
  };
  return { deps: { secure, record }, described, hashed, recorded };
}
