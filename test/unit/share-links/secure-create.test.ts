import { describe, expect, it } from 'vitest';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { unsealLinkToken } from '../../../src/backend/secure-links/link-token';
import { apiMessages } from '../../../src/common/api-messages';
import type { ShareLinkWarning } from '../../../src/common/share-links';
import { fakeSecure, fakeWix, INSTANCE_ID, SECRET, START } from './fake-wix';
import { applicationError, sdkError } from './sdk-errors';

const BASE = 'https://app.example/functions';
const secureOptions = { linkBaseUrl: BASE, expirationInMinutes: 60 };

describe('createShareLinksWith: secure links', () => {
  it('mints nothing, describes the batch once, asks for the instance once, and seals each link to it', async () => {
    const wix = fakeWix();
    const secure = fakeSecure();
    let instanceCalls = 0;
    secure.deps.secure.instanceId = async () => (instanceCalls += 1, INSTANCE_ID);
    const response = await createShareLinksWith({ ...wix.deps, ...secure.deps }, ['a.jpg', 'wix:image://v1/b.jpg/b.jpg', 'a.jpg'], secureOptions);
    if (!response.ok) throw new Error(response.error.message);

    expect(wix.calls).toEqual([]);
    expect(instanceCalls).toBe(1);
    expect(secure.described).toEqual([['a.jpg', 'b.jpg']]);
    expect(response.results.map((r) => r.fileId)).toEqual(['a.jpg', 'wix:image://v1/b.jpg/b.jpg']);
    for (const result of response.results) {
      if (!result.ok) throw new Error('expected a link');
      expect(result.kind).toBe('SECURE');
      expect(result.expiresAt).toBe(new Date(START + 60 * 60_000).toISOString());
      const url = result.links[0]?.url ?? '';
      expect(url).toMatch(/^https:\/\/app\.example\/functions\/l\/[A-Za-z0-9_-]{60}$/);
      expect(url.length).toBeLessThanOrEqual(120);
      expect(await unsealLinkToken(SECRET, url.split('/').pop())).toEqual({ ok: true, instanceId: INSTANCE_ID, linkId: result.linkId });
    }
  });

  it('hashes the password once for the batch and hands the recorder the facts it read, the hash and the limit', async () => {
    const secure = fakeSecure();
    const ids = Array.from({ length: 20 }, (_, i) => `f${i}.jpg`);
    const response = await createShareLinksWith({ ...fakeWix().deps, ...secure.deps }, ids, { ...secureOptions, password: 'open sesame', maxDownloads: 3 });
    expect(response.ok).toBe(true);
    expect(secure.hashed).toEqual(['open sesame']);
    const [request, results, known] = secure.recorded[0] ?? [];
    expect(request?.secure).toEqual({ linkBaseUrl: BASE, maxDownloads: 3, password: 'open sesame' });
    expect(results).toHaveLength(20);
    expect(known).toEqual({ facts: expect.any(Map), passwordHash: 'hash-of-11' });
    expect(known?.facts?.get('f0.jpg')).toEqual({ fileName: 'f0.jpg', mediaType: 'IMAGE', sizeInBytes: 10 });
  });

  it('tells the missing file from the rest when Wix answers the batch NOT_FOUND', async () => {
    const secure = fakeSecure({
      describe: (ids) => {
        if (ids.includes('gone.jpg')) throw applicationError(404, 'NOT_FOUND');
        return { files: ids.map((id) => ({ _id: id, displayName: id, mediaType: 'IMAGE' })) };
      },
    });
    const response = await createShareLinksWith({ ...fakeWix().deps, ...secure.deps }, ['a.jpg', 'gone.jpg'], secureOptions);
    if (!response.ok) throw new Error(response.error.message);
    expect(response.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'FILE_NOT_FOUND']);
    expect(response.results[1]).toEqual({ fileId: 'gone.jpg', ok: false, error: { code: 'FILE_NOT_FOUND', message: apiMessages.fileNotFound('gone.jpg') } });
    expect(secure.described).toEqual([['a.jpg', 'gone.jpg'], ['a.jpg'], ['gone.jpg']]);
  });

  it('retries a rate-limited describe call, and fails every file with the last answer when it never succeeds', async () => {
    let calls = 0;
    const flaky = fakeSecure({
      describe: (ids) => {
        calls += 1;
        if (calls === 1) throw applicationError(429, 'RESOURCE_EXHAUSTED');
        return { files: ids.map((id) => ({ _id: id, displayName: id, mediaType: 'IMAGE' })) };
      },
    });
    const recovered = await createShareLinksWith({ ...fakeWix().deps, ...flaky.deps }, ['a.jpg'], secureOptions);
    expect(recovered.ok && recovered.results[0]?.ok).toBe(true);

    const down = fakeSecure({
      describe: () => {
        throw sdkError(503, {});
      },
    });
    const failed = await createShareLinksWith({ ...fakeWix().deps, ...down.deps }, ['a.jpg', 'b.jpg'], secureOptions);
    expect(failed.ok && failed.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['UPSTREAM_ERROR', 'UPSTREAM_ERROR']);
    expect(down.described.length).toBe(4);
    expect(down.recorded.flatMap(([, results]) => results).some((r) => r.ok)).toBe(false);
  });

  it('refuses a rendition of a file type that has none, and keeps renditions of audio', async () => {
    const secure = fakeSecure({
      describe: () => ({ files: [{ _id: 'a.jpg', displayName: 'A', mediaType: 'IMAGE' }, { _id: 's.mp3', displayName: 'S', mediaType: 'AUDIO' }] }),
    });
    const response = await createShareLinksWith({ ...fakeWix().deps, ...secure.deps }, ['a.jpg', 's.mp3'], { ...secureOptions, assetKeys: ['src', '320kbs.mp3'] });
    if (!response.ok) throw new Error(response.error.message);
    expect(response.results[0]).toMatchObject({ ok: false, error: { code: 'INVALID_ASSET_KEY', field: 'options.assetKeys' } });
    expect(response.results[1]).toMatchObject({ ok: true, links: [{ assetKey: 'src' }, { assetKey: '320kbs.mp3' }] });
  });

  it('reports every secure link as not made when the history cannot store them, and no warning beside them', async () => {
    const notSaved: ShareLinkWarning = { code: 'HISTORY_NOT_SAVED', message: 'x', unsaved: 2, reason: 'HISTORY_UNAVAILABLE' };
    const secure = fakeSecure({ record: async () => [notSaved] });
    const response = await createShareLinksWith({ ...fakeWix().deps, ...secure.deps }, ['a.jpg', 'b.jpg'], secureOptions);
    expect(response).toEqual({
      ok: true,
      results: ['a.jpg', 'b.jpg'].map((fileId) => ({
        fileId,
        ok: false,
        error: { code: 'SECURE_LINK_NOT_SAVED', message: apiMessages.secureLinkNotSaved(fileId, 'HISTORY_UNAVAILABLE') },
      })),
    });
    expect(JSON.stringify(response)).not.toMatch(/functions\/l\//);
  });

  it('makes nothing when Wix does not say which site this is', async () => {
    const secure = fakeSecure({ instanceId: async () => Promise.reject(new Error('token-info failed')) });
    const response = await createShareLinksWith({ ...fakeWix().deps, ...secure.deps }, ['a.jpg'], secureOptions);
    expect(response).toEqual({ ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.siteUnknown } });
    expect(secure.described).toEqual([]);
  });
});
