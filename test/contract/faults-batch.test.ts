/**
 * Fault tolerance of a full batch (issue 6): 100 files through the real backend code and the real SDK,
 * with the emulator adding latency, 429s, 5xx and dropped connections. Every file must end with a link
 * or a reported error, once; every success Wix gave must reach the caller; retries stay within the
 * per-file limit and the time budget. useWixContext also fails a test that printed a token or URL.
 */
import { describe, expect, it } from 'vitest';
import { createShareLinksWith } from '../../src/backend/share-links/create-share-links';
import { generateFileDownloadUrl } from '../../src/backend/share-links/wix-media';
import { DEFAULT_RETRY_BUDGET_MS, MAX_RETRIES_PER_FILE } from '../../src/common/limits';
import type { CreateShareLinksResponse, ShareLinkResult } from '../../src/common/share-links';
import { createEmulatorClient } from '../../local/wix-client';
import { GENERATE_PATH, useWixContext, type WixContext } from './web-method-context';

const BATCH = 100;
const wix = useWixContext({ rateLimit: false, librarySize: BATCH });

async function batchIds(context: WixContext): Promise<string[]> {
  const listed = await createEmulatorClient(context.emulator.url, context.tokens.admin).files.listFiles({ paging: { limit: BATCH } });
  const ids = (listed.files ?? []).map((file) => file._id ?? '');
  expect(ids.filter(Boolean)).toHaveLength(BATCH);
  return ids;
}

/**
 * The real elevated call, with each attempt's file and start noted on the injected clock: the time the
 * code last read before calling Wix, so the budget check is exact rather than a timing tolerance.
 */
function recordedGenerate(budgetMs: number) {
  const attempts: { fileId: string; at: number }[] = [];
  const clock = { first: Number.NaN, last: Number.NaN };
  const deps = {
    now: () => {
      clock.last = Date.now();
      if (Number.isNaN(clock.first)) clock.first = clock.last;
      return new Date(clock.last);
    },
    retryBudgetMs: budgetMs,
    generate: (fileId: string, options: Parameters<typeof generateFileDownloadUrl>[1]) => {
      attempts.push({ fileId, at: clock.last });
      return generateFileDownloadUrl(fileId, options);
    },
  };
  return { deps, attempts, startedAt: () => clock.first };
}

function expectEveryFileOnce(ids: string[], response: CreateShareLinksResponse): ShareLinkResult[] {
  if (!response.ok) throw new Error(`The batch was refused: ${response.error.message}`);
  expect(response.results.map((result) => result.fileId)).toEqual(ids);
  for (const result of response.results) {
    if (result.ok) expect(result.links[0]?.url).toMatch(/^https?:\/\//);
    else {
      expect(['RATE_LIMITED', 'UPSTREAM_ERROR']).toContain(result.error.code);
      expect(result.error.message).toContain(result.fileId);
    }
  }
  return response.results;
}

async function expectRetriesBounded({ attempts, startedAt }: ReturnType<typeof recordedGenerate>, budgetMs: number) {
  const perFile = new Map<string, number>();
  for (const { fileId } of attempts) perFile.set(fileId, (perFile.get(fileId) ?? 0) + 1);
  expect(Math.max(...perFile.values())).toBeLessThanOrEqual(MAX_RETRIES_PER_FILE + 1);
  expect(attempts.filter((attempt) => attempt.at >= startedAt() + budgetMs)).toEqual([]);
  // What the emulator saw matches what the code says it sent: no hidden retries in between.
  const calls = (await wix().requests()).filter((request) => request.path === GENERATE_PATH);
  expect(calls).toHaveLength(attempts.length);
  return calls;
}

describe('a batch of 100 files while Wix misbehaves', () => {
  it('accounts for every file once and keeps every success, through 429, 5xx, dropped connections and latency', async () => {
    const ids = await batchIds(wix());
    await wix().faults({ latencyMs: 20, errorRate: 0.3, statuses: [429, 500, 503, 0], seed: 11 });
    const recorded = recordedGenerate(DEFAULT_RETRY_BUDGET_MS);

    const results = expectEveryFileOnce(ids, await createShareLinksWith(recorded.deps, ids, { expirationInMinutes: 30, kind: 'DIRECT' }));

    const calls = await expectRetriesBounded(recorded, DEFAULT_RETRY_BUDGET_MS);
    expect(new Set(calls.map((call) => call.status))).toEqual(new Set([200, 429, 500, 503, 0]));
    expect(results.filter((result) => result.ok)).toHaveLength(calls.filter((call) => call.status === 200).length);
    expect(results.filter((result) => result.ok).length).toBeGreaterThan(BATCH / 2);
  });

  it('when the budget runs out, reports the rest as errors and still keeps the successes', async () => {
    const ids = await batchIds(wix());
    await wix().faults({ latencyMs: 10, errorRate: 0.85, statuses: [429, 503, 0], seed: 5 });
    const budgetMs = 1_500;
    const recorded = recordedGenerate(budgetMs);

    const results = expectEveryFileOnce(ids, await createShareLinksWith(recorded.deps, ids, { kind: 'DIRECT' }));

    const calls = await expectRetriesBounded(recorded, budgetMs);
    const succeeded = results.filter((result) => result.ok).length;
    expect(succeeded).toBe(calls.filter((call) => call.status === 200).length);
    expect(succeeded).toBeGreaterThan(0);
    expect(succeeded).toBeLessThan(BATCH);
  });

  it('gives up on nothing silently when every call fails', async () => {
    const ids = (await batchIds(wix())).slice(0, 20);
    await wix().faults({ errorRate: 1, statuses: [500, 0] });
    const budgetMs = 800;
    const recorded = recordedGenerate(budgetMs);

    const results = expectEveryFileOnce(ids, await createShareLinksWith(recorded.deps, ids, { kind: 'DIRECT' }));

    expect(results.every((result) => !result.ok && result.error.code === 'UPSTREAM_ERROR')).toBe(true);
    await expectRetriesBounded(recorded, budgetMs);
    expect(new Set(recorded.attempts.map((attempt) => attempt.fileId))).toEqual(new Set(ids));
  });
});
