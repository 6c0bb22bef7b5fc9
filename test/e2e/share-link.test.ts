import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callWebMethod,
  createLinkInUi,
  launchChromium,
  openDashboard,
  sampleLibrary,
  saveScreenshot,
  startTestApp,
  toasts,
  waitForFile,
  type TestApp,
  type TestBrowser,
} from './support';

describe('a share link to a private file, created in the dashboard page', () => {
  let app: TestApp;
  let browser: TestBrowser;
  const pressKit = sampleLibrary.file('Press kit.zip');

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('downloads the exact file for an hour, then answers 403', async () => {
    expect(pressKit.private).toBe(true);
    const { page, frame } = await openDashboard(browser.context, app.shellUrl);
    await waitForFile(frame, pressKit.displayName);
    const [url] = await createLinkInUi(frame, pressKit.displayName, { expiry: '1 hour' });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\?token=/);

    await frame.locator('[data-hook="copy-link-button"]').first().click();
    await toasts(page).first().waitFor();
    await expect(toasts(page).first().getAttribute('data-type')).resolves.toBe('success');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(url);

    const screenshot = await saveScreenshot(page, 'share-link-created');
    expect(screenshot).toMatch(/share-link-created\.png$/);

    const download = await fetch(url!);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pressKit.bytes())).toBe(true);
    const disposition = download.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain(`filename="${pressKit.displayName}"`);

    await app.emulator.advanceClock(61);
    const expired = await fetch(url!, { redirect: 'manual' });
    expect(expired.status).toBe(403);
    await page.close();
  });

  it('sends the recipient to the redirect URL once the link has expired', async () => {
    await app.emulator.reset();
    const { admin } = await app.emulator.tokens();
    const reply = await callWebMethod(app.shellUrl, admin, [
      [pressKit.id],
      { expirationInMinutes: 60, expirationRedirectUrl: 'https://example.com/expired' },
    ]);
    const result = reply.body.result as { ok: true; results: { ok: true; links: { url: string }[] }[] };
    const url = result.results[0]!.links[0]!.url;
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(200);

    await app.emulator.advanceClock(61);
    const expired = await fetch(url, { redirect: 'manual' });
    expect(expired.status).toBe(302);
    expect(expired.headers.get('location')).toBe('https://example.com/expired');
  });
});
