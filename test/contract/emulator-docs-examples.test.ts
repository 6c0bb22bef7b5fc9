/**
 * The two examples of Wix's generate-file-download-url page, replayed against the emulator. The real tokens
 * are read from the reference copy of that page (../shared beside the repository), so the comparison is with
 * what Wix actually issued, not with a retyped copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auth } from '@wix/essentials';
import { files } from '@wix/media';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tokenClaims, useEmulator } from './emulator-setup';

const emulator = useEmulator();

const docsPage = readFileSync(join(__dirname, '../../../shared/reference/generate-file-download-url.txt'), 'utf8');
const docsUrls = [...new Set(docsPage.match(/https:\/\/download-files\.wixmp\.com\/[^"\s]+/g) ?? [])];
const docsAudioUrl = docsUrls.find((url) => url.includes('/mp3/'))!;
const docsImageUrl = docsUrls.find((url) => url.includes('/media/'))!;

const docsClaims = (url: string): Record<string, unknown> => decodeJwt(new URL(url).searchParams.get('token') ?? '');

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("Wix's documented examples", () => {
  it('found both example URLs in the reference page', () => {
    expect(docsAudioUrl).toBeTruthy();
    expect(docsImageUrl).toBeTruthy();
  });

  it('REST: audio with a download name, 60 minutes as a string, a bare-host redirect and the 320kbs asset', async () => {
    const response = await fetch(`${emulator.url}/site-media/v1/files/generate-file-download-url`, {
      method: 'POST',
      headers: { Authorization: emulator.tokens.app, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        fileId: SAMPLE.docsAudio,
        downloadFileName: 'Gorillaz - Feel Good Inc.mp3',
        expirationInMinutes: '60',
        expirationRedirectUrl: 'www.mysite.com/store',
        assetKeys: ['320kbs.mp3'],
      }),
    });
    expect(response.status).toBe(200);
    const { downloadUrls } = (await response.json()) as { downloadUrls: { url: string; assetKey: string }[] };
    expect(downloadUrls).toHaveLength(1);
    expect(downloadUrls![0]!.assetKey).toBe('320kbs.mp3');

    const url = new URL(downloadUrls![0]!.url!);
    const docsUrl = new URL(docsAudioUrl);
    expect(url.origin).toBe(emulator.url);
    expect([...url.searchParams.keys()]).toEqual([...docsUrl.searchParams.keys()]);
    expect(url.pathname).toMatch(/^\/mp3\/[0-9a-z]{6}_[0-9a-z]+-320\.mp3$/);
    expect(docsUrl.pathname).toMatch(/^\/mp3\/[0-9a-z]{6}_[0-9a-z]+-320\.mp3$/);

    const ours = tokenClaims(url.href);
    const wix = docsClaims(docsAudioUrl);
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
    expect(url.pathname).toBe(new URL(docsImageUrl).pathname);
    const ours = tokenClaims(url.href);
    const wix = docsClaims(docsImageUrl);
    expect(Object.keys(ours)).toEqual(Object.keys(wix));
    expect(ours).not.toHaveProperty('red');
    expect(ours.obj).toEqual(wix.obj);
    expect(ours.dis).toEqual(wix.dis);
    expect(ours.aud).toEqual(wix.aud);
    expect(Number(ours.exp) - Number(ours.iat)).toBe(600 * 60);
  });
});
