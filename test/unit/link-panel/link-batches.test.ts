import { describe, expect, it } from 'vitest';
import type { ShareLinkResult } from '../../../src/common/share-links';
import {
  applyPart,
  idsToRetry,
  mergeInOrder,
  runInParts,
  settleBatch,
  splitIntoParts,
  startBatch,
  type PartOutcome,
} from '../../../src/dashboard/link-panel/link-batches';

const link = (fileId: string, url = `https://x/${fileId}`): ShareLinkResult => ({
  fileId,
  ok: true,
  linkId: `l-${fileId}`,
  kind: 'DIRECT',
  links: [{ assetKey: 'src', url }],
  expiresAt: '2026-01-01T00:00:00.000Z',
});
const failed = (fileId: string): ShareLinkResult => ({ fileId, ok: false, error: { code: 'RATE_LIMITED', message: 'm' } });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`);

describe('splitIntoParts', () => {
  it('cuts 25 ids into parts of 10, 10 and 5, in order', () => {
    expect(splitIntoParts(ids(25), 10)).toEqual([ids(25).slice(0, 10), ids(25).slice(10, 20), ids(25).slice(20)]);
  });
  it('gives no part for no ids', () => expect(splitIntoParts([], 10)).toEqual([]));
});

describe('runInParts', () => {
  it('sends every id once, never more parts at once than allowed, and reports each part as it is answered', async () => {
    let running = 0;
    let most = 0;
    const sent: string[][] = [];
    const reported: string[][] = [];
    await runInParts(
      ids(45),
      async (part) => {
        running++;
        most = Math.max(most, running);
        sent.push(part);
        await new Promise((resolve) => setTimeout(resolve, part[0] === 'f0' ? 20 : 1));
        running--;
        return { ok: true, results: part.map((id) => link(id)), warnings: [] };
      },
      (part) => reported.push(part),
      { size: 10, inFlight: 2 },
    );
    expect(most).toBe(2);
    expect(sent.flat().sort()).toEqual(ids(45).sort());
    expect(reported).toHaveLength(5);
    // The slow first part did not hold back the others: they were reported before it.
    expect(reported.at(-1)?.[0]).toBe('f0');
  });
});

describe('applyPart and settleBatch', () => {
  const order = ids(30);
  const ok = (part: string[]): PartOutcome => ({ ok: true, results: part.map((id) => link(id)), warnings: [] });

  it('keeps results in the files order whatever order the parts come back in, and counts what is pending', () => {
    let progress = startBatch(undefined, order);
    progress = applyPart(progress, order, order.slice(20), ok(order.slice(20)));
    expect(progress.pending).toBe(20);
    progress = applyPart(progress, order, order.slice(0, 10), ok(order.slice(0, 10)));
    progress = applyPart(progress, order, order.slice(10, 20), ok(order.slice(10, 20)));
    expect(progress.results.map((r) => r.fileId)).toEqual(order);
    expect(progress.pending).toBe(0);
  });

  it('turns a part that failed as a whole into per-file failures and keeps the links of the parts that worked', () => {
    let progress = startBatch(undefined, order);
    progress = applyPart(progress, order, order.slice(0, 10), ok(order.slice(0, 10)));
    progress = applyPart(progress, order, order.slice(10, 20), { ok: false, error: 'unreachable' });
    progress = settleBatch(applyPart(progress, order, order.slice(20), ok(order.slice(20))));
    expect(progress.results.filter((r) => r.ok).map((r) => r.fileId)).toEqual([...order.slice(0, 10), ...order.slice(20)]);
    expect(progress.results.filter((r) => !r.ok).map((r) => r.fileId)).toEqual(order.slice(10, 20));
    expect(progress.error).toBe('unreachable');
    expect(idsToRetry(progress, order)).toEqual(order.slice(10, 20));
  });

  it('when no file got a link and a part failed, settles to an empty result so the request failure shows once, and retries all', () => {
    const progress = settleBatch(
      applyPart(startBatch(undefined, order), order, order, { ok: false, error: { code: 'PERMISSION_DENIED', message: 'm' } }),
    );
    expect(progress.results).toEqual([]);
    expect(idsToRetry(progress, order)).toEqual(order);
  });

  it('keeps per-file failures the backend returned when no part failed as a whole', () => {
    const part = order.slice(0, 2);
    const progress = settleBatch(applyPart(startBatch(undefined, part), part, part, { ok: true, results: part.map(failed), warnings: [] }));
    expect(progress.results.map((r) => r.fileId)).toEqual(part);
  });

  it('adds up the links missing from the history over every part, and keeps them over a retry', () => {
    const warn = (unsaved: number): PartOutcome => ({
      ok: true,
      results: [],
      warnings: [{ code: 'HISTORY_NOT_SAVED', message: 'm', unsaved, reason: 'HISTORY_UNAVAILABLE' }],
    });
    let progress = startBatch(undefined, order);
    progress = applyPart(progress, order, order.slice(0, 10), warn(10));
    progress = applyPart(progress, order, order.slice(10, 20), warn(3));
    expect(progress.unsaved).toBe(13);
    expect(startBatch(progress, ['f1']).unsaved).toBe(13);
  });

  it('a retry replaces a failed file with its link and keeps the rest where they were', () => {
    const previous = [link('a'), failed('b'), link('c')];
    const merged = mergeInOrder(['a', 'b', 'c'], previous, [link('b', 'https://x/new')]);
    expect(merged.map((r) => (r.ok ? r.links[0]?.url : 'failed'))).toEqual(['https://x/a', 'https://x/new', 'https://x/c']);
  });
});
