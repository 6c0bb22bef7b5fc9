import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { DEFAULT_CONCURRENCY, DEFAULT_RETRY_BUDGET_MS } from '../../../src/common/limits';
import { apiMessages } from '../../../src/common/api-messages';
import { LINK_ID_PATTERN } from '../../../src/backend/link-history/link-id';
import { fakeWix, linksFor, START } from './fake-wix';
import { applicationError, networkError, sdkError, validationError } from './sdk-errors';

const iso = (ms: number) => new Date(ms).toISOString();
const ok = (fileId: string, at = START, minutes = 600, keys = ['src'], id = fileId) => ({
  fileId,
  ok: true,
  linkId: expect.stringMatching(LINK_ID_PATTERN),
  kind: 'DIRECT',
  links: linksFor(id, keys).downloadUrls,
  expiresAt: iso(at + minutes * 60_000),
});
const rateLimited = () => applicationError(429, 'RESOURCE_EXHAUSTED');
/** Succeeds, but only after the whole time budget has passed. */
const slowSuccess = (fileId: string) => (_: unknown, advance: (ms: number) => void) => {
  advance(DEFAULT_RETRY_BUDGET_MS);
  return linksFor(fileId);
};

afterEach(() => {
  vi.restoreAllMocks();
});

/** These tests are about direct links: Wix's own URLs, one generate call per file. */
const direct = (options: object = {}) => ({ ...options, kind: 'DIRECT' });

describe('createShareLinksWith', () => {
  it('returns a validation error without calling Wix', async () => {
    const wix = fakeWix();
    const response = await createShareLinksWith(wix.deps, ['a'], direct({ expirationInMinutes: 0 }));
    expect(response).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'options.expirationInMinutes', message: apiMessages.expirationInvalid },
    });
    expect(wix.calls).toEqual([]);
  });

  it('calls Wix once per distinct file with the bare id and the options, and answers in input order', async () => {
    const wix = fakeWix({ 'b.mp3': [() => new Promise((resolve) => setTimeout(() => resolve(linksFor('b.mp3', ['320kbs.mp3'])), 20))] });
    const url = 'wix:audio://v1/a.mp3/song.mp3#duration=3';
    const options = { expirationInMinutes: 60, assetKeys: ['320kbs.mp3'], contentDisposition: 'INLINE' };
    const response = await createShareLinksWith(wix.deps, [url, 'b.mp3', 'a.mp3', 'c.mp3'], direct(options));

    const sent = { expirationInMinutes: 60, assetKeys: ['320kbs.mp3'], contentDisposition: 'INLINE' };
    expect(wix.calls.map((c) => [c.fileId, c.options])).toEqual([
      ['a.mp3', sent],
      ['b.mp3', sent],
      ['c.mp3', sent],
    ]);
    expect(response).toEqual({
      ok: true,
      results: [ok(url, START, 60, ['320kbs.mp3'], 'a.mp3'), ok('b.mp3', START, 60, ['320kbs.mp3']), ok('c.mp3', START, 60, ['320kbs.mp3'])],
    });
  });

  it('sets expiresAt from the time just before the call, 600 minutes by default', async () => {
    const wix = fakeWix({ a: [rateLimited()] });
    const response = await createShareLinksWith(wix.deps, ['a', 'b'], direct());
    const retriedAt = wix.calls.filter((c) => c.fileId === 'a').at(-1)?.at ?? 0;
    expect(retriedAt).toBeGreaterThan(START);
    expect(response).toEqual({ ok: true, results: [ok('a', retriedAt), ok('b', START)] });
  });

  it('never runs more than the configured number of calls at once', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `f${i}`);
    const defaults = fakeWix();
    await createShareLinksWith(defaults.deps, ids, direct());
    expect(defaults.maxInFlight()).toBe(DEFAULT_CONCURRENCY);

    const two = fakeWix({}, { concurrency: 2 });
    const response = await createShareLinksWith(two.deps, ids, direct());
    expect(two.maxInFlight()).toBe(2);
    expect(response.ok && response.results.map((r) => r.fileId)).toEqual(ids);
  });

  it('releases the concurrency slot while a file waits to retry', async () => {
    const wix = fakeWix({ a: [rateLimited()] }, { concurrency: 1 });
    await createShareLinksWith(wix.deps, ['a', 'b', 'c'], direct());
    expect(wix.calls.map((c) => c.fileId)).toEqual(['a', 'b', 'c', 'a']);
  });

  it.each([
    ['429', rateLimited()],
    ['500', applicationError(500, 500)],
    ['503', applicationError(503, 'UNAVAILABLE')],
    ['a network failure', networkError()],
  ])('retries %s with growing delays and then succeeds', async (_, failure) => {
    const wix = fakeWix({ a: [failure, failure, failure] });
    const response = await createShareLinksWith(wix.deps, ['a'], direct());
    expect(wix.calls).toHaveLength(4);
    expect(wix.sleeps).toHaveLength(3);
    expect(wix.sleeps[1]).toBeGreaterThan(wix.sleeps[0] ?? Infinity);
    expect(wix.sleeps[2]).toBeGreaterThan(wix.sleeps[1] ?? Infinity);
    expect(response.ok && response.results[0]?.ok).toBe(true);
  });

  it('waits at least as long as Retry-After before retrying', async () => {
    const limited = sdkError(429, {}, { response: { status: 429, headers: new Headers({ 'retry-after': '2' }) } });
    const wix = fakeWix({ a: [limited] });
    const response = await createShareLinksWith(wix.deps, ['a'], direct());
    expect(wix.sleeps).toEqual([2000]);
    expect(wix.calls.map((c) => c.at - START)).toEqual([0, 2000]);
    expect(response.ok && response.results[0]?.ok).toBe(true);
  });

  it('gives up at once when Retry-After is beyond the time budget', async () => {
    const limited = sdkError(429, {}, { response: { status: 429, headers: { 'retry-after': '60' } } });
    const wix = fakeWix({ a: [limited] });
    const response = await createShareLinksWith(wix.deps, ['a'], direct());
    expect(wix.sleeps).toEqual([]);
    expect(response).toEqual({ ok: true, results: [{ fileId: 'a', ok: false, error: { code: 'RATE_LIMITED', message: apiMessages.rateLimited('a') } }] });
  });

  it('stops retrying when the budget runs out, failing exactly the failing files and keeping the rest', async () => {
    const always = (error: () => Error) => Array.from({ length: 50 }, error);
    const wix = fakeWix({ b: always(rateLimited), d: always(() => applicationError(503, 'UNAVAILABLE')) });
    const response = await createShareLinksWith(wix.deps, ['a', 'b', 'c', 'd', 'e'], direct());

    expect(response).toEqual({
      ok: true,
      results: [
        ok('a'),
        { fileId: 'b', ok: false, error: { code: 'RATE_LIMITED', message: apiMessages.rateLimited('b') } },
        ok('c'),
        { fileId: 'd', ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError('d') } },
        ok('e'),
      ],
    });
    const retriesOfB = wix.calls.filter((c) => c.fileId === 'b');
    expect(retriesOfB.length).toBeGreaterThan(2);
    expect(retriesOfB.every((c) => c.at < START + DEFAULT_RETRY_BUDGET_MS)).toBe(true);
  });

  it('honours a custom, shorter budget', async () => {
    const wix = fakeWix({ a: Array.from({ length: 50 }, rateLimited) }, { retryBudgetMs: 1000 });
    await createShareLinksWith(wix.deps, ['a'], direct());
    expect(wix.calls.every((c) => c.at < START + 1000)).toBe(true);
    expect(wix.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThan(1000);
  });

  it('treats a call that never answers as an upstream failure and retries it within the budget', async () => {
    const hang = () => new Promise<never>(() => undefined);
    const wix = fakeWix({ slow: Array.from({ length: 50 }, () => hang) }, { attemptTimeoutMs: 5 });
    const response = await createShareLinksWith(wix.deps, ['slow', 'fast'], direct());
    expect(response).toEqual({
      ok: true,
      results: [{ fileId: 'slow', ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError('slow') } }, ok('fast')],
    });
    expect(wix.calls.filter((c) => c.fileId === 'slow').length).toBeGreaterThan(1);
  });

  it('starts no call once the budget is spent, and says so for files that never got a turn', async () => {
    const wix = fakeWix({ a: [slowSuccess('a')] }, { concurrency: 1 });
    const response = await createShareLinksWith(wix.deps, ['a', 'b'], direct());
    expect(wix.calls.map((c) => c.fileId)).toEqual(['a']);
    expect(response).toEqual({
      ok: true,
      results: [ok('a'), { fileId: 'b', ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.outOfTime('b') } }],
    });
  });

  it('reports the last failure of a file whose retry would start after the budget', async () => {
    const wix = fakeWix({ a: [rateLimited()], b: [slowSuccess('b')] }, { concurrency: 1 });
    const response = await createShareLinksWith(wix.deps, ['a', 'b'], direct());
    expect(wix.calls.map((c) => c.fileId)).toEqual(['a', 'b']);
    expect(response).toEqual({
      ok: true,
      results: [{ fileId: 'a', ok: false, error: { code: 'RATE_LIMITED', message: apiMessages.rateLimited('a') } }, ok('b')],
    });
  });

  it.each([
    ['INVALID_ASSET_KEY', validationError('options.assetKeys', 'INVALID_ASSET_KEY', 'Invalid asset key 999kbs.mp3'), 'INVALID_ASSET_KEY'],
    ['not found', applicationError(404, 'NOT_FOUND'), 'FILE_NOT_FOUND'],
    ['403', applicationError(403, 'PERMISSION_DENIED'), 'PERMISSION_DENIED'],
    ['another 400', validationError('options.expirationRedirectUrl', 'FORMAT'), 'INVALID_ARGUMENT'],
  ])('does not retry %s and fails only that file', async (_, failure, code) => {
    const wix = fakeWix({ bad: [failure] });
    const response = await createShareLinksWith(wix.deps, ['bad', 'good'], direct({ assetKeys: ['999kbs.mp3'] }));
    expect(wix.calls.map((c) => c.fileId)).toEqual(['bad', 'good']);
    expect(response.ok && response.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([code, 'ok']);
  });

  it('reports NOT_IN_WIX for every file when the SDK has no Wix context', async () => {
    const wix = fakeWix({}, { generate: async () => () => undefined });
    const response = await createShareLinksWith(wix.deps, ['a', 'b'], direct());
    expect(response).toEqual({
      ok: true,
      results: ['a', 'b'].map((fileId) => ({ fileId, ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } })),
    });
  });

  it('logs nothing, so no URL or token can leak into logs', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    const withToken = sdkError(500, { applicationError: { code: 500, description: 'https://x/?token=SECRET', data: {} } });
    const wix = fakeWix({ a: [withToken], b: [applicationError(404, 'NOT_FOUND')], c: [networkError()] });
    const response = await createShareLinksWith(wix.deps, ['a', 'b', 'c', 'd'], direct());
    expect(JSON.stringify(response)).toContain('token=SECRET-src');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
