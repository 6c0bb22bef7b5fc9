import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleSecureLinkRequest, type SecureLinkDeps } from '../../../src/backend/secure-links/handler';
import { sealLinkToken } from '../../../src/backend/secure-links/link-token';
import { secureLinkUrl } from '../../../src/backend/secure-links/link-url';
import { hashPassword } from '../../../src/backend/secure-links/password-hash';
import { fakeLinkStore, MINTED_URL, SECRET } from './fake-link-store';
import { aRecord, INSTANCE_ID, LINK_ID, NOW } from './record-fixture';

const BASE = 'https://backend.wix.test/functions';
const PASSWORD = 'open sesame';
let token: string;
let url: string;
let passwordHash: string;
let logged: string[];

beforeEach(async () => {
  token = await sealLinkToken(SECRET, { instanceId: INSTANCE_ID, linkId: LINK_ID });
  url = secureLinkUrl(BASE, token);
  passwordHash ??= await hashPassword(PASSWORD);
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
});
afterEach(() => vi.restoreAllMocks());

const get = (headers: Record<string, string> = {}, target = url) => new Request(target, { headers });
const post = (fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
const past = new Date(NOW.getTime() - 86_400_000);

async function answer(deps: SecureLinkDeps, request: Request) {
  const response = await handleSecureLinkRequest(deps, request);
  return { response, status: response.status, text: response.body ? await response.text() : '' };
}

describe('handleSecureLinkRequest', () => {
  describe('a token it did not seal', () => {
    it('gets the one 404 page without calling any dependency', async () => {
      const store = fakeLinkStore(aRecord());
      const forged = [`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token.slice(0, 40), 'not-a-token', ''];
      for (const bad of forged) {
        const { status, text } = await answer(store.deps, get({}, `${BASE}/l/${bad}`));
        expect(status).toBe(404);
        expect(text).toContain('This link does not work');
      }
      expect(store.calls).toEqual([]);
      const other = await sealLinkToken('another-secret', { instanceId: INSTANCE_ID, linkId: LINK_ID });
      expect((await answer(store.deps, get({}, secureLinkUrl(BASE, other)))).status).toBe(404);
      expect(store.calls).toEqual([]);
      expect((await answer(store.deps, post({ asset: 'src' }))).status).toBe(303);
    });

    it('calls nothing for 1,000 random forged tokens, in GET or POST', async () => {
      const store = fakeLinkStore(aRecord());
      const forgedToken = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{60}$/), fc.string({ maxLength: 80 }).map(encodeURIComponent));
      await fc.assert(
        fc.asyncProperty(forgedToken, fc.boolean(), async (forged, isPost) => {
          const request = isPost
            ? new Request(`${BASE}/l/${forged}`, { method: 'POST', body: 'asset=src', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
            : get({}, `${BASE}/l/${forged}`);
          expect((await handleSecureLinkRequest(store.deps, request)).status).toBe(404);
        }),
        { numRuns: 1_000 },
      );
      expect(store.calls).toEqual([]);
    });
  });

  it('shows an active link on GET without counting or minting', async () => {
    const store = fakeLinkStore(aRecord({ maxDownloads: 5, downloads: 2 }));
    const { status, text, response } = await answer(store.deps, get({ 'accept-language': 'de-DE,de;q=0.9' }));
    expect(status).toBe(200);
    expect(text).toContain('harbour.jpg');
    expect(text).toContain('<html lang="de">');
    expect(text).toContain('Bild (JPG)');
    expect(text).toContain('2,4 MB');
    expect(text).toContain('Noch 3 von 5 Downloads übrig.');
    expect(text).toContain('>Herunterladen</button>');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(store.called('countDownload')).toEqual([]);
    expect(store.called('mintUrl')).toEqual([]);
  });

  it('never counts HEAD, prefetches or link-preview bots, even as POSTs', async () => {
    const store = fakeLinkStore(aRecord({ maxDownloads: 1 }));
    const head = await answer(store.deps, new Request(url, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect((await answer(store.deps, get({ 'sec-purpose': 'prefetch' }))).status).toBe(200);
    expect((await answer(store.deps, post({ asset: 'src' }, { purpose: 'prefetch' }))).status).toBe(200);
    expect((await answer(store.deps, post({ asset: 'src' }, { 'user-agent': 'facebookexternalhit/1.1' }))).status).toBe(200);
    expect(store.called('countDownload')).toEqual([]);
    expect(store.called('mintUrl')).toEqual([]);
    expect(store.state.record?.downloads).toBe(0);
  });

  it('answers a download POST with a 303 to a freshly minted URL, after counting it', async () => {
    const store = fakeLinkStore(aRecord({ assetKeys: ['src', '720p.mp4'], contentDisposition: 'INLINE', downloadFileName: 'h.jpg', expirationRedirectUrl: 'https://shop.test/' }));
    const { response, status } = await answer(store.deps, post({ asset: '720p.mp4' }));
    expect(status).toBe(303);
    expect(response.headers.get('location')).toBe(MINTED_URL);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    response.headers.set('Access-Control-Allow-Origin', '*');
    expect(store.called('mintUrl')[0]?.args).toEqual([
      INSTANCE_ID,
      aRecord().fileId,
      { assetKey: '720p.mp4', minutes: 6, contentDisposition: 'INLINE', downloadFileName: 'h.jpg', expirationRedirectUrl: 'https://shop.test/' },
    ]);
    expect(store.state.record).toMatchObject({ downloads: 1, lastDownloadAt: NOW });
    expect(store.calls.map((c) => c.name)).toEqual(['now', 'loadRecord', 'mintUrl', 'countDownload']);
  });

  it('asks for the file size only when the record has none', async () => {
    const fileSize = vi.fn(async () => 750_000_000);
    const store = fakeLinkStore(aRecord({ sizeInBytes: undefined }), { fileSize });
    await answer(store.deps, post());
    expect(fileSize).toHaveBeenCalledWith(INSTANCE_ID, aRecord().fileId);
    expect(store.called('mintUrl')[0]?.args[2]).toMatchObject({ minutes: 105 });
  });

  it('sends an expired link to the owner’s redirect URL with a mutable 302, or shows a 410 page', async () => {
    const redirected = await answer(fakeLinkStore(aRecord({ expiresAt: past, expirationRedirectUrl: 'https://shop.test/offer' })).deps, get());
    expect(redirected.status).toBe(302);
    expect(redirected.response.headers.get('location')).toBe('https://shop.test/offer');
    redirected.response.headers.set('Access-Control-Allow-Origin', '*');
    const store = fakeLinkStore(aRecord({ expiresAt: past }));
    const plain = await answer(store.deps, post());
    expect(plain.status).toBe(410);
    expect(plain.text).toContain('This link has expired');
    expect(store.called('mintUrl')).toEqual([]);
  });

  it('says a turned-off link was turned off by the person who shared it, and mints nothing', async () => {
    const store = fakeLinkStore(aRecord({ revokedAt: past }));
    for (const request of [get(), post()]) {
      const { status, text } = await answer(store.deps, request);
      expect(status).toBe(410);
      expect(text).toContain('This link was turned off by the person who shared it.');
    }
    expect(store.called('mintUrl')).toEqual([]);
  });

  it('says a used-up link reached its limit', async () => {
    const { status, text } = await answer(fakeLinkStore(aRecord({ maxDownloads: 2, downloads: 2 })).deps, get());
    expect(status).toBe(410);
    expect(text).toContain('reached its download limit');
  });

  it('answers 404 for a link the site does not have, and for a direct link', async () => {
    expect((await answer(fakeLinkStore(undefined).deps, get())).status).toBe(404);
    expect((await answer(fakeLinkStore(aRecord({ kind: 'DIRECT' })).deps, post())).status).toBe(404);
  });

  it('refuses other methods and non-form bodies without counting', async () => {
    const store = fakeLinkStore(aRecord());
    const put = await answer(store.deps, new Request(url, { method: 'PUT', body: 'x' }));
    expect(put.status).toBe(405);
    expect(put.response.headers.get('allow')).toBe('GET, POST');
    const json = await answer(store.deps, new Request(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }));
    expect(json.status).toBe(400);
    expect(store.called('countDownload')).toEqual([]);
  });

  it('asks which asset when a POST names none of the link’s assets', async () => {
    const store = fakeLinkStore(aRecord({ assetKeys: ['src', '720p.mp4'] }));
    const { status, text } = await answer(store.deps, post({ asset: '../../etc' }));
    expect(status).toBe(400);
    expect(text).toContain('Choose one of the buttons below');
    expect(store.called('mintUrl')).toEqual([]);
  });

  describe('with a password', () => {
    const protectedRecord = () => aRecord({ passwordHash, fileName: 'secret-plans.pdf', mediaType: 'DOCUMENT' });

    it('shows a password field and hides the file’s name and size on GET', async () => {
      const { status, text } = await answer(fakeLinkStore(protectedRecord()).deps, get());
      expect(status).toBe(200);
      expect(text).toContain('type="password"');
      expect(text).not.toContain('secret-plans');
    });

    it('needs the password to download: none → 401, wrong → 401 and recorded, right → 303', async () => {
      const store = fakeLinkStore(protectedRecord());
      const missing = await answer(store.deps, post());
      expect(missing.status).toBe(401);
      expect(missing.text).toContain('Enter the password');
      const wrong = await answer(store.deps, post({ password: 'open sesam' }));
      expect(wrong.status).toBe(401);
      expect(wrong.text).toContain('That password is not right.');
      expect(store.state.record).toMatchObject({ failedPasswordAttempts: 1, lastFailedPasswordAt: NOW });
      expect(store.called('mintUrl')).toEqual([]);
      const right = await answer(store.deps, post({ password: PASSWORD }));
      expect(right.status).toBe(303);
    });

    it('makes guesses wait once there were too many, showing the wait, without checking them', async () => {
      const record = { ...protectedRecord(), failedPasswordAttempts: 7, lastFailedPasswordAt: new Date(NOW.getTime() - 20_000) };
      const store = fakeLinkStore(record);
      const { status, text, response } = await answer(store.deps, post({ password: PASSWORD }));
      expect(status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('40');
      expect(text).toContain('You can try again in 40 seconds.');
      expect(store.called('recordFailedPassword')).toEqual([]);
      expect(store.called('mintUrl')).toEqual([]);
      expect((await answer(store.deps, get())).text).toContain('You can try again in 40 seconds.');
    });
  });

  it('lets exactly 5 of 50 simultaneous downloads of a 5-download link through', async () => {
    const store = fakeLinkStore(aRecord({ maxDownloads: 5 }));
    const answers = await Promise.all(Array.from({ length: 50 }, () => handleSecureLinkRequest(store.deps, post())));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 303)).toHaveLength(5);
    expect(statuses.filter((s) => s === 410)).toHaveLength(45);
    expect(store.state.record?.downloads).toBe(5);
  });

  it('asks for a retry when the count lost a race but the link is still usable', async () => {
    const store = fakeLinkStore(aRecord(), { countDownload: async () => false });
    const { status, text } = await answer(store.deps, post());
    expect(status).toBe(409);
    expect(text).toContain('Try again.');
  });

  it('answers 503 with a way forward when Wix fails, and never counts a download it could not mint', async () => {
    const failing = fakeLinkStore(aRecord({ maxDownloads: 1 }), { mintUrl: async () => Promise.reject(Object.assign(new Error(`boom ${MINTED_URL}`), { status: 500 })) });
    const { status, text, response } = await answer(failing.deps, post());
    expect(status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(text).toContain('Try again in a minute.');
    expect(failing.called('countDownload')).toEqual([]);
    const unreadable = fakeLinkStore(aRecord(), { loadRecord: async () => Promise.reject(new Error('down')) });
    expect((await answer(unreadable.deps, get())).status).toBe(503);
  });

  it('never logs the token, a URL or a password', async () => {
    const failing = fakeLinkStore(aRecord({ passwordHash }), { countDownload: async () => Promise.reject(new Error(`${MINTED_URL} ${token}`)) });
    await answer(failing.deps, post({ password: PASSWORD }));
    await answer(failing.deps, post({ password: 'wrong password' }));
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      for (const secret of [token, MINTED_URL, 'download.wix.test', PASSWORD, 'wrong password', url]) expect(line).not.toContain(secret);
    }
  });

  it('sends the security headers on every page', async () => {
    const { response, text } = await answer(fakeLinkStore(aRecord()).deps, get());
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(text).toContain(`<script nonce="${nonce}">`);
    expect(text.match(/<script/g)).toHaveLength(1);
    expect(response.headers.get('x-robots-tag')).toContain('noindex');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const again = await answer(fakeLinkStore(aRecord()).deps, get());
    expect(again.response.headers.get('content-security-policy')).not.toBe(csp);
  });
});
