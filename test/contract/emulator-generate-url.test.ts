import { auth } from '@wix/essentials';
import { files as mediaFiles } from '@wix/media';
import { describe, expect, it } from 'vitest';
import { SAMPLE, sdkError, tokenClaims, useEmulator } from './emulator-setup';

const emulator = useEmulator();

describe('generateFileDownloadUrl through the real SDK', () => {
  it("applies Wix's defaults: src, attachment, 600 minutes, the display name, no redirect", async () => {
    const { files } = emulator.client('app');
    const { downloadUrls } = await files.generateFileDownloadUrl(SAMPLE.privateImage);
    expect(downloadUrls!.map((entry) => entry.assetKey)).toEqual(['src']);
    const claims = tokenClaims(downloadUrls![0]!.url!);
    expect(claims.dis).toEqual({ filename: 'Team offsite.jpg', type: 'attachment' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(600 * 60);
    expect(claims).not.toHaveProperty('red');
    expect(new URL(downloadUrls![0]!.url!).pathname).toBe(`/media/${SAMPLE.privateImage}`);
  });

  it('honours every option and returns one URL per asset key in request order', async () => {
    const { files } = emulator.client('admin');
    const { downloadUrls } = await files.generateFileDownloadUrl(SAMPLE.privateVideo, {
      assetKeys: ['720p.mp4', 'src', '480p.mp4'],
      contentDisposition: 'INLINE',
      downloadFileName: 'Demo for Ana.mp4',
      expirationInMinutes: 5,
      expirationRedirectUrl: 'https://example.com/expired',
    });
    expect(downloadUrls!.map((entry) => entry.assetKey)).toEqual(['720p.mp4', 'src', '480p.mp4']);
    expect(downloadUrls!.map((entry) => new URL(entry.url!).pathname)).toEqual([
      `/video/${SAMPLE.privateVideo}/720p/mp4/file.mp4`,
      `/video/${SAMPLE.privateVideo}/file`,
      `/video/${SAMPLE.privateVideo}/480p/mp4/file.mp4`,
    ]);
    const claims = tokenClaims(downloadUrls![0]!.url!);
    expect(claims).toMatchObject({ dis: { filename: 'Demo for Ana.mp4', type: 'inline' }, red: 'https://example.com/expired' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
  });

  it('accepts a wix: media URL as the file id', async () => {
    const { files } = emulator.client('app');
    const { downloadUrls } = await files.generateFileDownloadUrl(`wix:document://v1/${SAMPLE.contract}/x.pdf`);
    expect(new URL(downloadUrls![0]!.url!).pathname).toBe(`/ugd/${SAMPLE.contract}`);
  });

  it('refuses an asset key the file does not have with INVALID_ASSET_KEY', async () => {
    const { files } = emulator.client('app');
    const error = await sdkError(files.generateFileDownloadUrl(SAMPLE.privateImage, { assetKeys: ['src', '320kbs.mp3'] }));
    const violation = error.details?.validationError?.fieldViolations[0];
    expect(violation?.ruleName).toBe('INVALID_ASSET_KEY');
    expect(violation?.field).toContain('assetKeys');
    expect(error.message).toContain('INVALID_ARGUMENT');
  });

  it.each([
    ['expirationInMinutes below 1', { expirationInMinutes: 0 }, 'MIN'],
    ['expirationInMinutes above a year', { expirationInMinutes: 525_601 }, 'MAX'],
    ['a fractional expiration', { expirationInMinutes: 1.5 }, 'FORMAT'],
    ['a redirect that is not http(s)', { expirationRedirectUrl: 'javascript:alert(1)' }, 'OTHER'],
    ['a download name over 100 characters', { downloadFileName: `${'x'.repeat(101)}.jpg` }, 'MAX_LENGTH'],
    ['more than 100 asset keys', { assetKeys: Array.from({ length: 101 }, () => 'src') }, 'MAX_SIZE'],
    ['an unknown content disposition', { contentDisposition: 'DOWNLOAD' as 'INLINE' }, 'FORMAT'],
  ])('refuses %s', async (_name, options, rule) => {
    const error = await sdkError(emulator.client('app').files.generateFileDownloadUrl(SAMPLE.logo, options));
    expect(error.details?.validationError?.fieldViolations[0]?.violatedRule).toBe(rule);
  });

  it('refuses a missing file id and answers an unknown one with NOT_FOUND', async () => {
    const { files } = emulator.client('app');
    const missing = await sdkError(files.generateFileDownloadUrl(''));
    expect(missing.details?.validationError?.fieldViolations[0]?.field).toBe('fileId');
    const unknown = await sdkError(files.generateFileDownloadUrl('000000_doesnotexist.jpg'));
    expect(unknown.details?.applicationError?.code).toBe('NOT_FOUND');
  });
});

describe('permissions', () => {
  it('refuses link generation with a Read-only app token, while reading still works', async () => {
    const { files } = emulator.client('appReadOnly');
    expect((await files.listFiles()).files!.length).toBeGreaterThan(0);
    const error = await sdkError(files.generateFileDownloadUrl(SAMPLE.logo));
    expect(error.details?.applicationError?.code).toBe('PERMISSION_DENIED');
  });

  it.each(['member', 'visitor'] as const)('refuses every media call with a %s token', async (name) => {
    const { files } = emulator.client(name);
    expect((await sdkError(files.listFiles())).details?.applicationError?.code).toBe('PERMISSION_DENIED');
    expect((await sdkError(files.generateFileDownloadUrl(SAMPLE.logo))).details?.applicationError?.code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('refuses a call without a known Authorization header', async () => {
    const response = await fetch(`${emulator.url}/site-media/v1/files`, { headers: { Authorization: 'nonsense' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('x-wix-request-id')).toBeTruthy();
    expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'UNAUTHENTICATED' } } });
    const anonymous = await fetch(`${emulator.url}/site-media/v1/files`);
    expect(anonymous.status).toBe(401);
  });
});

describe('the elevated client, as backend code uses it', () => {
  it('auth.elevate(files.generateFileDownloadUrl) runs with the app token while plain calls use the caller', async () => {
    const caller = emulator.client('member');
    const elevated = emulator.client('app');
    caller.enableContext('global');
    elevated.enableContext('global', { elevated: true });

    const plain = await sdkError(mediaFiles.generateFileDownloadUrl(SAMPLE.logo));
    expect(plain.details?.applicationError?.code).toBe('PERMISSION_DENIED');

    const result = await auth.elevate(mediaFiles.generateFileDownloadUrl)(SAMPLE.logo, { contentDisposition: 'INLINE' });
    expect(result.downloadUrls![0]?.assetKey).toBe('src');
    expect(tokenClaims(result.downloadUrls![0]!.url!).dis).toMatchObject({ type: 'inline', filename: 'Logo.png' });
  });
});
