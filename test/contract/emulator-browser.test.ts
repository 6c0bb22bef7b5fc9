/** Share links as real Chromium meets them: inline display, downloads with the right name, media seeking, expiry. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type TestBrowser } from '../e2e/support/browser';
import { SAMPLE, useEmulator } from './emulator-setup';

const emulator = useEmulator();
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe('download links in Chromium', () => {
  it('shows an INLINE private image in the tab', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(await emulator.link(SAMPLE.privateImage, { contentDisposition: 'INLINE' }));
    expect(response?.status()).toBe(200);
    const width = await page.evaluate(() => document.images[0]?.naturalWidth);
    expect(width).toBe(480);
    await page.close();
  });

  it('downloads an ATTACHMENT under its non-ASCII name with the exact bytes', async () => {
    const page = await browser.context.newPage();
    const url = await emulator.link(SAMPLE.contract);
    const [download] = await Promise.all([page.waitForEvent('download'), page.goto(url).catch(() => undefined)]);
    expect(download.suggestedFilename()).toBe('Überweisung – Müller Vertrag.pdf');
    const saved = await readFile((await download.path())!);
    expect(saved.equals(await readFile(join(__dirname, '../../local/library/files/contract.pdf')))).toBe(true);
    await page.close();
  });

  it('plays an audio rendition, fetched with Range requests as media elements do', async () => {
    const page = await browser.context.newPage();
    const url = await emulator.link(SAMPLE.docsAudio, { assetKeys: ['320kbs.mp3'], contentDisposition: 'INLINE' });
    await page.goto(`${emulator.url}/__emulator/tokens`);
    const duration = await page.evaluate(
      (src) =>
        new Promise<number>((resolve, reject) => {
          const audio = new Audio();
          audio.preload = 'metadata';
          audio.onloadedmetadata = () => resolve(audio.duration);
          audio.onerror = () => reject(new Error(`audio error ${audio.error?.code}`));
          audio.src = src;
        }),
      url,
    );
    expect(duration).toBeGreaterThan(2.5);
    expect(duration).toBeLessThan(3.5);
    const log = (await emulator.control('requests')) as { path: string; status: number }[];
    expect(log.some((entry) => entry.path.startsWith('/mp3/') && entry.status === 206)).toBe(true);
    await page.close();
  });

  it('after expiry shows the 403 page, or follows the redirect', async () => {
    const plain = await emulator.link(SAMPLE.privateImage, { expirationInMinutes: 1, contentDisposition: 'INLINE' });
    const logo = (await emulator.client('admin').files.getFileDescriptor(SAMPLE.logo)).url!;
    const redirecting = await emulator.link(SAMPLE.privateImage, { expirationInMinutes: 1, expirationRedirectUrl: logo });
    await emulator.control('clock', { body: { advanceMinutes: 2 } });
    try {
      const page = await browser.context.newPage();
      const expired = await page.goto(plain);
      expect(expired?.status()).toBe(403);
      await expect(page.locator('h1').textContent()).resolves.toBe('403 Forbidden');
      const followed = await page.goto(redirecting);
      expect(page.url()).toBe(logo);
      expect(followed?.status()).toBe(200);
      await page.close();
    } finally {
      await emulator.control('reset', { body: {} });
    }
  });
});
