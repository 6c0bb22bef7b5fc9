/**
 * The real `createShareLinks` export, called as Wix would call it, against the Media Manager
 * emulator through the real @wix/sdk, @wix/media and @wix/essentials packages. No mocks.
 */
import { describe, expect, it } from 'vitest';
import { emulatorControl } from '../../local/emulator-control';
import { unsealLinkToken } from '../../src/backend/secure-links/link-token';
import { createShareLinks } from '../../src/backend/share-links.web';
import { apiMessages } from '../../src/common/api-messages';
import { GENERATE_PATH, useWixContext } from './web-method-context';

const IMAGE = 'd4dde1_dee18c9ada174a818ccf75c50e72c739~mv2.jpg';
const LOGO = '9c1e7a_5b0f3d2e8a4c4f6b9d1e7a2c3b4d5e6f~mv2.png';
const AUDIO = '4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3';
const LOGO_URL = `wix:image://v1/${LOGO}/Logo.png#originWidth=256&originHeight=256`;

const wix = useWixContext();
/** Link generation only: the history's file lookup and insert are asserted in link-history.test.ts. */
const generated = async () => (await wix().requests()).filter((r) => r.path === GENERATE_PATH);
const sentToGenerate = () => wix().sent.filter((s) => s.path === GENERATE_PATH);
const byPath = (a: { body: unknown }, b: { body: unknown }) => JSON.stringify(a.body).localeCompare(JSON.stringify(b.body));

/** These tests are about direct links: Wix's own URLs, made by one elevated call per file. */
const DIRECT = { kind: 'DIRECT' } as const;

describe('createShareLinks against the Media Manager emulator', () => {
  it('sends one elevated request per distinct file and returns working links in input order', async () => {
    const before = Date.now();
    const response = await createShareLinks([IMAGE, LOGO_URL, IMAGE], {
      kind: 'DIRECT',
      expirationInMinutes: '60' as unknown as number,
      contentDisposition: 'INLINE',
      expirationRedirectUrl: 'mysite.com/expired',
    });
    const after = Date.now();

    const body = (fileId: string) => ({
      fileId,
      expirationInMinutes: 60,
      expirationRedirectUrl: 'https://mysite.com/expired',
      contentDisposition: 'INLINE',
    });
    expect(sentToGenerate().sort(byPath)).toEqual(
      [body(IMAGE), body(LOGO)].map((b) => ({ method: 'POST', path: GENERATE_PATH, authorization: wix().tokens.app, body: b })).sort(byPath),
    );
    expect(await generated()).toEqual([
      { method: 'POST', path: GENERATE_PATH, status: 200 },
      { method: 'POST', path: GENERATE_PATH, status: 200 },
    ]);

    if (!response.ok) throw new Error(response.error.message);
    expect(response.results.map((r) => [r.fileId, r.ok])).toEqual([
      [IMAGE, true],
      [LOGO_URL, true],
    ]);
    for (const result of response.results) {
      if (!result.ok) continue;
      expect(result.links.map((l) => l.assetKey)).toEqual(['src']);
      const expiresAt = Date.parse(result.expiresAt);
      expect(result.expiresAt).toBe(new Date(expiresAt).toISOString());
      expect(expiresAt).toBeGreaterThanOrEqual(before + 60 * 60_000);
      expect(expiresAt).toBeLessThanOrEqual(after + 60 * 60_000);
      const download = await fetch(result.links[0]?.url ?? '');
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(/^inline/);
      await download.arrayBuffer();
    }
  });

  it('passes asset keys and the download name through, one link per key', async () => {
    const response = await createShareLinks([`wix:audio://v1/${AUDIO}/Feel%20Good.mp3#duration=3`], {
      kind: 'DIRECT',
      assetKeys: ['320kbs.mp3', '128kbs.mp3'],
      downloadFileName: 'Feel Good.mp3',
    });
    expect(sentToGenerate().map((s) => s.body)).toEqual([
      { fileId: AUDIO, downloadFileName: 'Feel Good.mp3', assetKeys: ['320kbs.mp3', '128kbs.mp3'] },
    ]);
    const result = response.ok ? response.results[0] : undefined;
    expect(result?.ok && result.links.map((l) => l.assetKey)).toEqual(['320kbs.mp3', '128kbs.mp3']);
    expect(result?.ok && result.expiresAt).toBeTruthy();
  });

  it('maps Wix errors per file and keeps the other files', async () => {
    const response = await createShareLinks(['missing_file.jpg', IMAGE, LOGO], { assetKeys: ['src'], kind: 'DIRECT' });
    expect(response.ok && response.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['FILE_NOT_FOUND', 'ok', 'ok']);
    expect(response.ok && response.results[0]).toEqual({
      fileId: 'missing_file.jpg',
      ok: false,
      error: { code: 'FILE_NOT_FOUND', message: apiMessages.fileNotFound('missing_file.jpg') },
    });
    expect((await generated()).map((r) => r.status).sort()).toEqual([200, 200, 404]);
  });

  it('names the asset key and the file when Wix rejects a key', async () => {
    const response = await createShareLinks([IMAGE], { assetKeys: ['320kbs.mp3'], kind: 'DIRECT' });
    expect(response).toEqual({
      ok: true,
      results: [
        {
          fileId: IMAGE,
          ok: false,
          error: { code: 'INVALID_ASSET_KEY', message: apiMessages.invalidAssetKey(IMAGE, ['320kbs.mp3']), field: 'options.assetKeys' },
        },
      ],
    });
    expect(await wix().requests()).toEqual([{ method: 'POST', path: GENERATE_PATH, status: 400 }]);
  });

  it('tells the owner about the Manage Media Manager permission when the app only has Read', async () => {
    wix().enter(wix().tokens.appReadOnly);
    const response = await createShareLinks([IMAGE, LOGO], DIRECT);
    expect(response).toEqual({
      ok: true,
      results: [IMAGE, LOGO].map((fileId) => ({ fileId, ok: false, error: { code: 'PERMISSION_DENIED', message: apiMessages.permissionDenied } })),
    });
    expect((await wix().requests()).map((r) => r.status)).toEqual([403, 403]);
  });

  it('answers NOT_IN_WIX without a request when there is no elevated client', async () => {
    wix().leave();
    wix().enter(null);
    const response = await createShareLinks([IMAGE], DIRECT);
    expect(response).toEqual({ ok: true, results: [{ fileId: IMAGE, ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } }] });
    expect(wix().sent).toEqual([]);
    expect(await wix().requests()).toEqual([]);
  });

  it('answers NOT_IN_WIX without a request when there is no Wix context at all', async () => {
    wix().leave();
    const response = await createShareLinks([IMAGE, LOGO], DIRECT);
    expect(response.ok && response.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['NOT_IN_WIX', 'NOT_IN_WIX']);
    expect(await wix().requests()).toEqual([]);
  });

  it('makes secure links with one token-info call, one file lookup and one bulk insert, minting no Wix URL', async () => {
    const response = await createShareLinks([IMAGE, LOGO_URL], { linkBaseUrl: 'http://127.0.0.1:4321/functions', maxDownloads: 2, password: 'open sesame' });
    if (!response.ok) throw new Error(response.error.message);
    const { instanceId } = await emulatorControl(wix().emulator.url).sites();
    for (const result of response.results) {
      if (!result.ok) throw new Error(result.error.message);
      expect(result.kind).toBe('SECURE');
      const token = result.links[0]?.url.match(/^http:\/\/127\.0\.0\.1:4321\/functions\/l\/([\w-]{60})$/)?.[1];
      expect(await unsealLinkToken('__APP_SECRET__', token)).toEqual({ ok: true, instanceId, linkId: result.linkId });
    }
    expect((await wix().requests()).map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'POST /oauth2/token-info',
      'POST /site-media/v1/files/get-files',
      'POST /wix-data/v2/bulk/items/insert',
    ]);
  });

  it('refuses invalid input before any request', async () => {
    const response = await createShareLinks([IMAGE], { expirationRedirectUrl: 'javascript:alert(1)' });
    expect(response).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'options.expirationRedirectUrl', message: apiMessages.redirectScheme('javascript') },
    });
    expect(await wix().requests()).toEqual([]);
  });

  it('is an Admin web method', () => {
    expect(Reflect.get(createShareLinks, 'permission')).toBe('Admin');
  });
});
