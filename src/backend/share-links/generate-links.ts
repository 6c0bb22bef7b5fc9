/**
 * Generates the links of a validated request: one `generate` call per file, a bounded number at a
 * time, retrying rate limits and outages until a shared time budget runs out. Results keep the
 * caller's order, and each file succeeds or fails on its own so the page can retry just the failures.
 */
import pLimit from 'p-limit';
import pRetry from 'p-retry';
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import type { ShareLinkError, ShareLinkResult } from '../../common/share-links';
import { apiMessages } from '../../common/api-messages';
import {
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_CONCURRENCY,
  DEFAULT_EXPIRATION_MINUTES,
  DEFAULT_RETRY_BUDGET_MS,
  MAX_RETRIES_PER_FILE,
} from '../../common/limits';
import type { FileRef, GenerateOptions, ShareLinkRequest } from './request-schema';
import { classifyWixError, type WixFailure } from './wix-errors';
import { readDownloadUrls } from './wix-response';
import { retryDelayMs } from './retry-delay';
import { newLinkId } from '../link-history/link-id';

export type GenerateDeps = {
  /** Calls Wix for one bare file id; resolves to whatever the SDK resolved to. */
  generate(fileId: string, options: GenerateOptions): Promise<unknown>;
  now(): Date;
  concurrency?: number;
  /** No call to Wix (first try or retry) starts once this much time has passed since the request began. */
  retryBudgetMs?: number;
  /** A call that has not settled by then counts as an upstream failure. */
  attemptTimeoutMs?: number;
  sleep?(ms: number): Promise<void>;
  random?(): number;
  newLinkId?(): string;
};

/** A failure worth another attempt; thrown only to drive p-retry, never out of this module. */
class RetryableFailure extends Error {
  constructor(readonly failure: WixFailure) {
    super(failure.error.code);
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AttemptTimedOut extends Error {}

/** The SDK cannot cancel a request, so a late answer is ignored rather than aborted. */
async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimedOut()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function generateLinks(deps: GenerateDeps, { files, options }: ShareLinkRequest): Promise<ShareLinkResult[]> {
  const limit = pLimit(deps.concurrency ?? DEFAULT_CONCURRENCY);
  const deadline = deps.now().getTime() + (deps.retryBudgetMs ?? DEFAULT_RETRY_BUDGET_MS);
  const sleep = deps.sleep ?? wait;
  const random = deps.random ?? Math.random;
  const minutes = options.expirationInMinutes ?? DEFAULT_EXPIRATION_MINUTES;
  const assetKeys = options.assetKeys ?? [ORIGINAL_ASSET_KEY];
  const attemptTimeoutMs = deps.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;

  async function attempt(file: FileRef, previous: ShareLinkError | undefined): Promise<ShareLinkResult> {
    const startedAt = deps.now();
    // Waiting for a free slot can outlast the budget; the caller retries these files later.
    if (startedAt.getTime() >= deadline) {
      return { fileId: file.input, ok: false, error: previous ?? { code: 'UPSTREAM_ERROR', message: apiMessages.outOfTime(file.input) } };
    }
    let value: unknown;
    try {
      value = await within(attemptTimeoutMs, deps.generate(file.id, options));
    } catch (thrown) {
      const failure = classifyWixError(thrown, file.input, assetKeys, deps.now());
      if (failure.retry) throw new RetryableFailure(failure);
      return { fileId: file.input, ok: false, error: failure.error };
    }
    const read = readDownloadUrls(value, file.input);
    if (!read.ok) return { fileId: file.input, ok: false, error: read.error };
    const expiresAt = new Date(startedAt.getTime() + minutes * 60_000).toISOString();
    return { fileId: file.input, ok: true, linkId: (deps.newLinkId ?? newLinkId)(), kind: 'DIRECT', links: read.links, expiresAt };
  }

  async function generateOne(file: FileRef): Promise<ShareLinkResult> {
    let previous: ShareLinkError | undefined;
    try {
      // The concurrency slot is held per attempt, so a file waiting to retry lets others run.
      return await pRetry(() => limit(() => attempt(file, previous)), {
        retries: MAX_RETRIES_PER_FILE,
        minTimeout: 0,
        shouldRetry: ({ error }) => error instanceof RetryableFailure,
        onFailedAttempt: async ({ error, attemptNumber, retriesLeft }) => {
          if (!(error instanceof RetryableFailure) || retriesLeft <= 0) return;
          previous = error.failure.error;
          const delay = retryDelayMs(attemptNumber, error.failure.retryAfterMs, random);
          // Throwing here ends the retries with this failure: the wait would overrun the budget.
          if (deps.now().getTime() + delay >= deadline) throw error;
          await sleep(delay);
        },
      });
    } catch (thrown) {
      if (thrown instanceof RetryableFailure) return { fileId: file.input, ok: false, error: thrown.failure.error };
      throw thrown;
    }
  }

  return Promise.all(files.map(generateOne));
}
