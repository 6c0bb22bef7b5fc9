/** The download host over real HTTP: what a browser following a share link gets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE, useEmulator } from './emulator-setup';

const emulator = useEmulator();
const libraryFile = (name: string) => readFileSync(join(__dirname, '../../local/library/files', name));

afterEach(async () => {
  await emulator.control('reset', { body: {} });
});

describe('download host', () => {
  it('serves the exact bytes with type, length and an attachment disposition', async () => {
    const response = await fetch(await emulator.link(SAMPLE.privateImage));
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(libraryFile('team-offsite.jpg'))).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Team offsite.jpg"; filename*=UTF-8''Team%20offsite.jpg`,
    );
  });

  it('serves an asset key rendition, inline, with a non-ASCII name in both filename forms', async () => {
    const audio = await fetch(await emulator.link(SAMPLE.docsAudio, { assetKeys: ['128kbs.mp3'], contentDisposition: 'INLINE' }));
    expect(Buffer.from(await audio.arrayBuffer()).equals(libraryFile('feel-good-128.mp3'))).toBe(true);
    expect(audio.headers.get('content-disposition')).toMatch(/^inline; /);

    const pdf = await fetch(await emulator.link(SAMPLE.contract, { contentDisposition: 'INLINE' }));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      `inline; filename="_berweisung _ M_ller Vertrag.pdf"; filename*=UTF-8''%C3%9Cberweisung%20%E2%80%93%20M%C3%BCller%20Vertrag.pdf`,
    );
  });

  it('answers byte ranges with 206, suffix ranges, and 416 beyond the end', async () => {
    const url = await emulator.link(SAMPLE.privateVideo, { assetKeys: ['720p.mp4'] });
    const whole = libraryFile('demo-720p.mp4');
    const first = await fetch(url, { headers: { Range: 'bytes=0-9' } });
    expect(first.status).toBe(206);
    expect(first.headers.get('content-range')).toBe(`bytes 0-9/${whole.length}`);
    expect(Buffer.from(await first.arrayBuffer()).equals(whole.subarray(0, 10))).toBe(true);
    const tail = await fetch(url, { headers: { Range: 'bytes=-16' } });
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(whole.length - 16))).toBe(true);
    const beyond = await fetch(url, { headers: { Range: `bytes=${whole.length}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${whole.length}`);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await fetch(await emulator.link(SAMPLE.logo), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(libraryFile('logo.png').length));
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it('expires: 403 without a redirect, 302 to the redirect URL with one', async () => {
    const plain = await emulator.link(SAMPLE.privateImage, { expirationInMinutes: 5 });
    const redirecting = await emulator.link(SAMPLE.privateImage, { expirationInMinutes: 5, expirationRedirectUrl: 'https://example.com/gone' });
    expect((await fetch(plain)).status).toBe(200);
    await emulator.control('clock', { body: { advanceMinutes: 4 } });
    expect((await fetch(plain)).status).toBe(200);
    await emulator.control('clock', { body: { advanceMinutes: 2 } });
    const expired = await fetch(plain);
    expect(expired.status).toBe(403);
    expect(expired.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await expired.text()).toContain('403 Forbidden');
    const redirected = await fetch(redirecting, { redirect: 'manual' });
    expect(redirected.status).toBe(302);
    expect(redirected.headers.get('location')).toBe('https://example.com/gone');
  });

  it('refuses a tampered token, a token for another path and a missing token on a private file', async () => {
    const url = new URL(await emulator.link(SAMPLE.privateImage));
    const [header, payload, signature] = url.searchParams.get('token')!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    claims.exp += 3600;
    const forged = new URL(url);
    forged.searchParams.set('token', `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`);
    expect((await fetch(forged)).status).toBe(403);

    const unsigned = new URL(url);
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    unsigned.searchParams.set('token', `${noneHeader}.${payload}.`);
    expect((await fetch(unsigned)).status).toBe(403);

    const otherPath = new URL(url);
    otherPath.pathname = `/media/${SAMPLE.docsImage}`;
    expect((await fetch(otherPath)).status).toBe(403);

    const garbage = new URL(url);
    garbage.searchParams.set('token', 'not-a-token');
    expect((await fetch(garbage)).status).toBe(403);

    const plain = new URL(url);
    plain.search = '';
    expect((await fetch(plain)).status).toBe(403);
  });

  it("serves a public file's plain url without a token and blocks a private file's", async () => {
    const { files } = emulator.client('admin');
    const logo = await files.getFileDescriptor(SAMPLE.logo);
    const open = await fetch(logo.url!);
    expect(open.status).toBe(200);
    expect(Buffer.from(await open.arrayBuffer()).equals(libraryFile('logo.png'))).toBe(true);
    const secret = await files.getFileDescriptor(SAMPLE.privateVideo);
    expect((await fetch(secret.url!)).status).toBe(403);
  });

  it('shows a public image as its own thumbnail but never the content of a private one', async () => {
    const { files } = emulator.client('admin');
    const logo = await fetch((await files.getFileDescriptor(SAMPLE.logo)).thumbnailUrl!);
    expect(Buffer.from(await logo.arrayBuffer()).equals(libraryFile('logo.png'))).toBe(true);
    const secret = await fetch((await files.getFileDescriptor(SAMPLE.privateImage)).thumbnailUrl!);
    expect(secret.headers.get('content-type')).toBe('image/svg+xml');
    expect(Buffer.from(await secret.arrayBuffer()).includes(libraryFile('team-offsite.jpg').subarray(0, 64))).toBe(false);
  });

  it('zips several files behind a permanent generate-download-url link', async () => {
    const { downloadUrl } = await emulator.client('app').files.generateFilesDownloadUrl([SAMPLE.logo, SAMPLE.contract]);
    expect(downloadUrl).toMatch(new RegExp(`^${emulator.url}/archive/wix/[0-9a-f]{32}$`));
    const response = await fetch(downloadUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(zip.includes(Buffer.from('Logo.png'))).toBe(true);
    expect(zip.includes(libraryFile('logo.png'))).toBe(true);
  });
});
