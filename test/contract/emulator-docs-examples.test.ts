/**
 * The two examples of Wix's generate-file-download-url page, replayed against the emulator. What Wix issued for
 * them (URL paths, query parameters, token claims) is kept as facts in fixtures/wix-docs-examples.json, so the
 * comparison is with what Wix actually answered and the repository needs nothing beside it.
 */
import { auth } from '@wix/essentials';
import { files } from '@wix/media';
import { describe, expect, it } from 'vitest';
import docs from './fixtures/wix-docs-examples.json';
import { SAMPLE, tokenClaims, useEmulator } from './emulator-setup';

const emulator = useEmulator();

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("Wix's documented examples", () => {
  it('the sample library holds both files of the examples', () => {
    expect(docs.audio.request.fileId).toBe(SAMPLE.docsAudio);
    expect(docs.image.request.fileId).toBe(SAMPLE.docsImage);
  });

  it('REST: audio with a download name, 60 minutes as a string, a bare-host redirect and the 320kbs asset', async () => {
    const response = await fetch(`${emulator.url}/site-media/v1/files/generate-file-download-url`, {
      method: 'POST',
      headers: { Authorization: emulator.tokens.app, 'Content-Type': 'application/json' },
      body: JSON.stringify(docs.audio.request),
    });
    expect(response.status).toBe(200);
    const { downloadUrls } = (await response.json()) as { downloadUrls: { url: string; assetKey: string }[] };
    expect(downloadUrls).toHaveLength(1);
    expect(downloadUrls![0]!.assetKey).toBe('320kbs.mp3');

    const url = new URL(downloadUrls![0]!.url!);
    expect(url.origin).toBe(emulator.url);
    expect([...url.searchParams.keys()]).toEqual(docs.audio.url.queryKeys);
    expect(url.pathname).toMatch(/^\/mp3\/[0-9a-z]{6}_[0-9a-z]+-320\.mp3$/);
    expect(docs.audio.url.pathname).toMatch(/^\/mp3\/[0-9a-z]{6}_[0-9a-z]+-320\.mp3$/);

    const ours = tokenClaims(url.href);
    const wix = docs.audio.claims;
    expect(Object.keys(ours)).toEqual(Object.keys(wix));
    expect(ours.iss).toBe(wix.iss);
    expect(ours.sub).toBe(wix.sub);
    expect(ours.aud).toEqual(wix.aud);
    expect(ours.jti).toMatch(UUID_V4);
    expect(wix.jti).toMatch(UUID_V4);
    expect(ours.obj).toEqual([[{ path: url.pathname }]]);
    expect(ours.dis).toEqual(wix.dis);
    expect(ours.red).toBe('https://www.mysite.com/store');
    expect(Number(ours.exp) - Number(ours.iat)).toBe(60 * 60);
    expect(Math.abs(Number(ours.iat) - Date.now() / 1000)).toBeLessThan(120);
  });

  it('SDK, elevated: the image with every default gives the same path and dis claims as Wix', async () => {
    emulator.client('admin').enableContext('global');
    emulator.client('app').enableContext('global', { elevated: true });
    const result = await auth.elevate(files.generateFileDownloadUrl)(SAMPLE.docsImage);
    expect(result.downloadUrls!.map((entry) => entry.assetKey)).toEqual(['src']);

    const url = new URL(result.downloadUrls![0]!.url!);
    expect(url.pathname).toBe(docs.image.url.pathname);
    const ours = tokenClaims(url.href);
    const wix: Record<string, unknown> = docs.image.claims;
    expect(Object.keys(ours)).toEqual(Object.keys(wix));
    expect(ours).not.toHaveProperty('red');
    expect(ours.obj).toEqual(wix.obj);
    expect(ours.dis).toEqual(wix.dis);
    expect(ours.aud).toEqual(wix.aud);
    expect(Number(ours.exp) - Number(ours.iat)).toBe(600 * 60);
  });
});
