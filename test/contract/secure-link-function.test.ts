/**
 * The secure link's HTTP function inside the real built backend (miniflare, through the dashboard shell) against
 * the Wix emulator: the shell serves it at /functions/l/<token> as Wix's runtime routes it. Links are made by the
 * real web method over the transport, as the page makes them; states the owner cannot reach by a web method
 * (an expiry in the past) are arranged through Wix Data as the app, the way the backend itself writes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEmulatorDataClient } from '../../local/wix-client';
import { isMediaManagerCall, isWixDataCall, type LoggedRequest } from '../../local/emulator-control';
import { LINKS_COLLECTION_ID } from '../../src/backend/link-history/collection';
import { newLinkId } from '../../src/backend/link-history/link-id';
import { sealLinkToken } from '../../src/backend/secure-links/link-token';
import { callWebMethod, sampleLibrary, startTestApp, type TestApp } from '../e2e/support';

/** What an offline `wix app build` bakes in as the app secret: the key the built backend seals with. */
const BUILT_SECRET = '__APP_SECRET__';
const GENERATE = '/site-media/v1/files/generate-file-download-url';
const pressKit = sampleLibrary.file('Press kit.zip');

let app: TestApp;
let admin: string;
let appToken: string;
let instanceId: string;

beforeAll(async () => {
  app = await startTestApp();
  const sites = await app.emulator.sites();
  instanceId = sites.instanceId;
  ({ admin, app: appToken } = await app.emulator.tokens());
}, 180_000);

afterAll(async () => {
  await app?.close();
});

beforeEach(async () => {
  await app.emulator.reset();
});

const functionsBase = () => new URL('/functions', app.shellUrl).href;
const webMethod = (name: string) => `/_webMethods/src/backend/share-links.web.ts/${name}.ajax`;

type Made = { url: string; linkId: string };

async function secureLink(options: Record<string, unknown> = {}, fileId = pressKit.id): Promise<Made> {
  const reply = await callWebMethod(app.shellUrl, admin, [[fileId], { linkBaseUrl: functionsBase(), expirationInMinutes: 60, ...options }]);
  const response = reply.body.result as { ok: boolean; results: { ok: boolean; linkId: string; kind: string; links: { url: string }[] }[] };
  const [result] = response.results;
  if (!response.ok || !result?.ok) throw new Error(`no secure link: ${JSON.stringify(reply.body)}`);
  expect(result.kind).toBe('SECURE');
  return { url: result.links[0]!.url, linkId: result.linkId };
}

const post = (url: string, form: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { redirect: 'manual', headers });

const mints = (log: LoggedRequest[]) => log.filter((request) => request.path === GENERATE).length;
/** What reached the emulator since the last clearRequests(). */
const logSince = (): Promise<LoggedRequest[]> => app.emulator.requests();
const dataClient = () => createEmulatorDataClient(app.emulatorUrl, appToken);
async function storedRecord(linkId: string) {
  return (await dataClient().items.get(LINKS_COLLECTION_ID, linkId)) as Record<string, unknown>;
}

describe('a secure link in the built backend', () => {
  it('GET shows the page with the file, counts nothing and mints nothing, under strict headers', async () => {
    const { url, linkId } = await secureLink({ maxDownloads: 3 });
    expect(url.startsWith(`${functionsBase()}/l/`)).toBe(true);
    await app.emulator.clearRequests();

    const response = await get(url, { 'accept-language': 'de-DE' });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Press kit.zip');
    // Accept-Language asked for German, so the page is in German.
    expect(html).toContain('Noch 3 von 3 Downloads übrig.');
    expect(html).toContain('<form method="post">');

    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toMatch(/<script(?![^>]*nonce=)/);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.byteLength(html)).toBeLessThan(15_000);

    const log = await logSince();
    expect(mints(log)).toBe(0);
    expect(log.filter(isWixDataCall).map((r) => r.method)).toEqual(['GET']);
    expect(await storedRecord(linkId)).toMatchObject({ downloads: 0 });
  });

  it('POST counts one download and answers 303 to a fresh Wix URL whose download is the file itself', async () => {
    const { url, linkId } = await secureLink({ maxDownloads: 2 });
    await app.emulator.clearRequests();
    const response = await post(url);
    expect(response.status).toBe(303);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const location = response.headers.get('location') ?? '';
    expect(location.startsWith(app.emulatorUrl)).toBe(true);
    // Warm, a download is three calls to Wix: read, mint, count (plus the one OAuth call of a cold client).
    const calls = (await logSince()).filter((r) => isWixDataCall(r) || isMediaManagerCall(r));
    expect(calls).toHaveLength(3);

    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pressKit.bytes())).toBe(true);
    expect(await storedRecord(linkId)).toMatchObject({ downloads: 1, lastDownloadAt: expect.any(Date) });
  });

  it('an expired link sends the recipient to the owner\'s page (302), or says it has expired (410)', async () => {
    const withRedirect = await secureLink({ expirationRedirectUrl: 'https://example.com/expired' });
    const without = await secureLink();
    const past = new Date(Date.now() - 60_000);
    for (const { linkId } of [withRedirect, without]) {
      await dataClient().items.patch(LINKS_COLLECTION_ID, linkId).setField('expiresAt', past).run();
    }
    await app.emulator.clearRequests();

    const redirected = await get(withRedirect.url);
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('https://example.com/expired');
    const expired = await post(without.url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toMatch(/This link has expired/);
    expect(mints(await logSince())).toBe(0);
  });

  it('a link the owner turned off says so, on GET and POST, and mints nothing', async () => {
    const { url, linkId } = await secureLink();
    const revoked = await callWebMethod(app.shellUrl, admin, [linkId], webMethod('revokeShareLink'));
    expect(revoked.body.result).toMatchObject({ ok: true, link: { status: 'REVOKED' } });
    await app.emulator.clearRequests();
    for (const response of [await get(url), await post(url)]) {
      expect(response.status).toBe(410);
      expect(await response.text()).toContain('This link was turned off by the person who shared it');
    }
    expect(mints(await logSince())).toBe(0);
  });

  it('a used-up link says the limit was reached', async () => {
    const { url } = await secureLink({ maxDownloads: 1 });
    expect((await post(url)).status).toBe(303);
    for (const response of [await get(url), await post(url)]) {
      expect(response.status).toBe(410);
      expect(await response.text()).toMatch(/reached its download limit/);
    }
  });

  it('an unknown link is the 404 page; a forged one is too, without any call to Wix', async () => {
    const unknown = `${functionsBase()}/l/${await sealLinkToken(BUILT_SECRET, { instanceId, linkId: newLinkId() })}`;
    const response = await get(unknown);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/This link does not work/);

    const { url } = await secureLink();
    await app.emulator.clearRequests();
    const token = url.slice(-60);
    const forged = `${functionsBase()}/l/${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    expect((await get(forged)).status).toBe(404);
    expect((await post(forged)).status).toBe(404);
    expect(await logSince()).toEqual([]);
  });

  it('asks for the password, refuses a wrong one (401), slows guessing (429 with Retry-After), and shows the owner the attempts', async () => {
    const { url, linkId } = await secureLink({ password: 'open sesame' });
    const page = await (await get(url)).text();
    expect(page).toContain('type="password"');
    expect(page).not.toContain('Press kit.zip');

    expect((await post(url)).status).toBe(401);
    await app.emulator.clearRequests();
    for (let guess = 1; guess <= 5; guess++) {
      const wrong = await post(url, { password: `wrong ${guess}` });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toMatch(guess < 5 ? /password is not right/ : /try again in 15 seconds/);
    }
    const throttled = await post(url, { password: 'open sesame' });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(throttled.headers.get('retry-after'))).toBeLessThanOrEqual(15);
    expect(mints(await logSince())).toBe(0);

    const listed = await callWebMethod(app.shellUrl, admin, [{}], webMethod('listShareLinks'));
    const link = (listed.body.result as { links: { linkId: string }[] }).links.find((l) => l.linkId === linkId);
    expect(link).toMatchObject({ hasPassword: true, failedPasswordAttempts: 5, downloads: 0 });
    expect(JSON.stringify(listed.body)).not.toMatch(/pbkdf2/);
  });

  it('the right password downloads', async () => {
    const { url } = await secureLink({ password: 'open sesame' });
    const response = await post(url, { password: 'open sesame' });
    expect(response.status).toBe(303);
  });

  it('HEAD, prefetches and link-preview bots never count or mint', async () => {
    const { url, linkId } = await secureLink({ maxDownloads: 1 });
    await app.emulator.clearRequests();
    const head = await fetch(url, { method: 'HEAD', redirect: 'manual' });
    expect([200, 404]).toContain(head.status);
    const fetchers: Record<string, string>[] = [
      { 'sec-purpose': 'prefetch' },
      { purpose: 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { 'user-agent': 'Slackbot-LinkExpanding 1.0' },
      { 'user-agent': 'facebookexternalhit/1.1' },
    ];
    for (const headers of fetchers) {
      expect((await get(url, headers)).status).toBe(200);
      expect((await post(url, {}, headers)).status).toBe(200);
    }
    expect(mints(await logSince())).toBe(0);
    expect(await storedRecord(linkId)).toMatchObject({ downloads: 0 });
    expect((await post(url)).status).toBe(303);
  });

  it('50 simultaneous downloads of a 5-download link: exactly 5 redirects, the rest told why', async () => {
    const { url, linkId } = await secureLink({ maxDownloads: 5 });
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(url)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 303)).toHaveLength(5);
    expect(statuses.filter((status) => status !== 303).every((status) => status === 410 || status === 409)).toBe(true);
    expect(await storedRecord(linkId)).toMatchObject({ downloads: 5 });
  });

  it('answers 1,000 random and mutated tokens with the 404 page, never an error, without a call to Wix', { timeout: 180_000 }, async () => {
    const { url } = await secureLink();
    const real = url.slice(-60);
    await app.emulator.clearRequests();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const mutated = fc
      .tuple(fc.nat({ max: 59 }), fc.constantFrom(...alphabet))
      .map(([at, char]) => `${real.slice(0, at)}${char}${real.slice(at + 1)}`)
      .filter((token) => token !== real);
    const token = fc.oneof(
      mutated,
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 60, maxLength: 60 }),
      fc.string({ maxLength: 80 }).map(encodeURIComponent),
      fc.constantFrom(real.slice(0, 59), `${real}A`, real.slice(1), '', '%00', '..%2F..%2Fetc'),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(token, async (candidate) => {
        runs += 1;
        const response = await get(`${functionsBase()}/l/${candidate}`);
        await response.arrayBuffer();
        expect(response.status).toBe(404);
      }),
      { numRuns: 1_000 },
    );
    expect(runs).toBe(1_000);
    expect(await logSince()).toEqual([]);
  });

  it('routes only the l/ folder: another function name is the runtime\'s 404', async () => {
    const response = await fetch(new URL('/functions/nothing-here/x', app.shellUrl));
    expect(response.status).toBe(404);
  });
});
