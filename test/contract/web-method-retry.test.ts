/**
 * Retries, time budget and rate limiting of link creation, through the real SDK against the
 * emulator's injected faults and its real 200-requests-per-minute limiter. No mocks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createShareLinks } from '../../src/backend/share-links.web';
import { createShareLinksWith } from '../../src/backend/share-links/create-share-links';
import { generateFileDownloadUrl } from '../../src/backend/share-links/wix-media';
import { apiMessages } from '../../src/common/api-messages';
import { GENERATE_PATH, useWixContext } from './web-method-context';

const manifest = JSON.parse(readFileSync(new URL('../../local/library/manifest.json', import.meta.url), 'utf8')) as {
  files: { id: string }[];
};
const SAMPLE_IDS = manifest.files.map((f) => f.id);
const codes = (response: Awaited<ReturnType<typeof createShareLinks>>) =>
  response.ok ? response.results.map((r) => (r.ok ? 'ok' : r.error.code)) : [response.error.code];

const wix = useWixContext();

describe('createShareLinks when Wix is unreliable', () => {
  it('retries 429, 5xx and dropped connections until every file has its link', async () => {
    // Seed 3 fails requests 2, 3, 6 and 8 with a 503, a dropped connection and two 429s.
    await wix().faults({ errorRate: 0.35, statuses: [429, 503, 0], seed: 3 });
    const ids = SAMPLE_IDS.slice(0, 8);
    const response = await createShareLinks(ids, { kind: 'DIRECT' });

    expect(codes(response)).toEqual(ids.map(() => 'ok'));
    // After the links, the history's file lookup and insert meet the same faults; only link generation matters here.
    const log = (await wix().requests()).filter((r) => r.path === GENERATE_PATH);
    expect(log.filter((r) => r.status === 200)).toHaveLength(ids.length);
    expect(log.filter((r) => r.status !== 200).length).toBeGreaterThan(0);
    expect(new Set(log.map((r) => r.status))).toEqual(new Set([200, 429, 503, 0]));
  });

  it('stops at the time budget and reports each file as UPSTREAM_ERROR', async () => {
    await wix().faults({ errorRate: 1, statuses: [503] });
    const ids = SAMPLE_IDS.slice(0, 3);
    const deps = { generate: generateFileDownloadUrl, now: () => new Date(), retryBudgetMs: 1_000 };
    const response = await createShareLinksWith(deps, ids, { kind: 'DIRECT' });

    expect(response).toEqual({
      ok: true,
      results: ids.map((fileId) => ({ fileId, ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError(fileId) } })),
    });
    const log = await wix().requests();
    expect(log.length).toBeGreaterThan(ids.length);
    expect(log.every((r) => r.status === 503)).toBe(true);
  });

  it('under Wix rate limiting, fails exactly the files over the limit as RATE_LIMITED and keeps the rest', async () => {
    await wix().rateLimit(true);
    // 195 of the 200 requests this minute allows, spent on ids that do not exist (never retried).
    const unhurried = { generate: generateFileDownloadUrl, now: () => new Date(), retryBudgetMs: 60_000 };
    for (const batch of ['a', 'b']) {
      const gone = Array.from({ length: batch === 'a' ? 100 : 95 }, (_, i) => `gone_${batch}${i}.jpg`);
      expect(codes(await createShareLinksWith(unhurried, gone, { kind: 'DIRECT' }))).toEqual(gone.map(() => 'FILE_NOT_FOUND'));
    }
    const deps = { ...unhurried, retryBudgetMs: 1_000 };

    const ids = SAMPLE_IDS.slice(0, 10);
    const response = await createShareLinksWith(deps, ids, { kind: 'DIRECT' });

    // Five calls run at once, so the first five files take the last five requests of the minute.
    expect(codes(response)).toEqual([...ids.slice(0, 5).map(() => 'ok'), ...ids.slice(5).map(() => 'RATE_LIMITED')]);
    expect(response.ok && response.results[7]).toEqual({
      fileId: ids[7],
      ok: false,
      error: { code: 'RATE_LIMITED', message: apiMessages.rateLimited(ids[7] ?? '') },
    });
    const statuses = (await wix().requests()).slice(195).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(5);
  });
});
