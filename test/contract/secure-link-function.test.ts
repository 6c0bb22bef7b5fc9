/**
 * The secure link's HTTP function inside the real built backend (miniflare, through the dashboard shell) against
 * the Wix emulator: the shell serves it at /functions/l/<token> as Wix's runtime routes it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../e2e/support/app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('GET /functions/l/<token> in the built backend', () => {
  it('answers a forged token with the 404 page and calls Wix not once', async () => {
    await app.emulator.clearRequests();
    const forged = 'A'.repeat(60);
    const response = await fetch(new URL(`/functions/l/${forged}`, app.shellUrl), { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(await app.emulator.requests()).toEqual([]);
  });

  it('routes only the l/ folder: another function name is the runtime\'s 404', async () => {
    const response = await fetch(new URL('/functions/nothing-here/x', app.shellUrl));
    expect(response.status).toBe(404);
  });
});
