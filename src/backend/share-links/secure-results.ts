/**
 * The results of a SECURE request. No Wix URL is minted at creation (each click mints its own), so the files are
 * checked with one Get File Descriptors call for the whole batch, which also gives the history its names, types
 * and sizes. Wix answers that call NOT_FOUND as a whole when one id is unknown; only then is each file asked
 * about on its own, to tell the missing ones from the rest.
 *
 * Formats: the SDK hands a file's media back as a `wix:` URL, which does not list its renditions, so only what
 * can be known is checked here: the original exists for every file, and renditions only for audio and video.
 * A rendition an audio or video file lacks is found when a recipient clicks (the page then says to try later).
 */
import pLimit from 'p-limit';
import pRetry from 'p-retry';
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import { apiMessages } from '../../common/api-messages';
import { DEFAULT_CONCURRENCY, DEFAULT_EXPIRATION_MINUTES } from '../../common/limits';
import type { ShareLinkResult } from '../../common/share-links';
import { fileFactsOf, type FileFacts } from '../link-history/file-facts';
import { newLinkId } from '../link-history/link-id';
import type { FileRef, ShareLinkRequest } from './request-schema';
import { retryDelayMs } from './retry-delay';
import { classifyWixError, type WixFailure } from './wix-errors';

export type DescribeDeps = {
  describeFiles(fileIds: string[]): Promise<unknown>;
  now(): Date;
  concurrency?: number;
  sleep?(ms: number): Promise<void>;
  random?(): number;
  newLinkId?(): string;
};

/** Media types whose files may have renditions besides the original. */
const WITH_RENDITIONS = new Set(['AUDIO', 'VIDEO']);
/** Rate limits and outages of the one describe call are retried a few times; it is one call, not one per file. */
const DESCRIBE_RETRIES = 3;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class Retryable extends Error {
  constructor(
    readonly failure: WixFailure,
    readonly thrown: unknown,
  ) {
    super(failure.error.code);
  }
}

type Described = { ok: true; facts: Map<string, FileFacts> } | { ok: false; thrown: unknown };

async function describe(deps: DescribeDeps, ids: string[], assetKeys: string[]): Promise<Described> {
  const sleep = deps.sleep ?? wait;
  const random = deps.random ?? Math.random;
  try {
    const facts = await pRetry(
      async () => {
        try {
          return fileFactsOf(await deps.describeFiles(ids));
        } catch (thrown) {
          const failure = classifyWixError(thrown, ids[0] ?? '', assetKeys, deps.now());
          if (failure.retry) throw new Retryable(failure, thrown);
          throw thrown;
        }
      },
      {
        retries: DESCRIBE_RETRIES,
        minTimeout: 0,
        shouldRetry: ({ error }) => error instanceof Retryable,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (error instanceof Retryable && retriesLeft > 0) await sleep(retryDelayMs(attemptNumber, error.failure.retryAfterMs, random));
        },
      },
    );
    return { ok: true, facts };
  } catch (thrown) {
    return { ok: false, thrown: thrown instanceof Retryable ? thrown.thrown : thrown };
  }
}

/** What Wix threw for the batch, worded for each file. */
const failureOf = (thrown: unknown, file: FileRef, assetKeys: string[], now: Date): ShareLinkResult => ({
  fileId: file.input,
  ok: false,
  error: classifyWixError(thrown, file.input, assetKeys, now).error,
});

/** Each file's result (links still without their URL, which needs the sealed token) and the facts read. */
export async function describeSecureFiles(
  deps: DescribeDeps,
  { files, options }: ShareLinkRequest,
): Promise<{ results: ShareLinkResult[]; facts: Map<string, FileFacts> }> {
  const assetKeys = options.assetKeys ?? [ORIGINAL_ASSET_KEY];
  const startedAt = deps.now();
  const expiresAt = new Date(startedAt.getTime() + (options.expirationInMinutes ?? DEFAULT_EXPIRATION_MINUTES) * 60_000).toISOString();
  const ids = files.map((file) => file.id);
  const whole = await describe(deps, ids, assetKeys);

  const oneMissing = !whole.ok && files.length > 1 && classifyWixError(whole.thrown, '', assetKeys, startedAt).error.code === 'FILE_NOT_FOUND';
  let outcomes: Described[] = files.map(() => whole);
  if (oneMissing) {
    const limit = pLimit(deps.concurrency ?? DEFAULT_CONCURRENCY);
    outcomes = await Promise.all(files.map((file) => limit(() => describe(deps, [file.id], assetKeys))));
  }

  const facts = new Map<string, FileFacts>();
  const results = files.map((file, index): ShareLinkResult => {
    const outcome = outcomes[index]!;
    if (!outcome.ok) return failureOf(outcome.thrown, file, assetKeys, deps.now());
    const fact = outcome.facts.get(file.id);
    if (!fact) return { fileId: file.input, ok: false, error: { code: 'FILE_NOT_FOUND', message: apiMessages.fileNotFound(file.input) } };
    const renditions = assetKeys.filter((key) => key !== ORIGINAL_ASSET_KEY);
    if (renditions.length > 0 && !WITH_RENDITIONS.has(fact.mediaType)) {
      return {
        fileId: file.input,
        ok: false,
        error: { code: 'INVALID_ASSET_KEY', message: apiMessages.invalidAssetKey(file.input, renditions), field: 'options.assetKeys' },
      };
    }
    facts.set(file.id, fact);
    const linkId = (deps.newLinkId ?? newLinkId)();
    return { fileId: file.input, ok: true, linkId, kind: 'SECURE', links: assetKeys.map((assetKey) => ({ assetKey, url: '' })), expiresAt };
  });
  return { results, facts };
}
