import { describe, expect, it } from 'vitest';
import {
  callWebMethod,
  createLinkInUi,
  openDashboard,
  sampleLibrary,
  saveScreenshot,
  toasts,
  waitForFile,
  useDashboardSuite,
} from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

describe('a share link to a private file, created in the dashboard page', () => {
  const suite = useDashboardSuite();
  const pressKit = sampleLibrary.file('Press kit.zip');


  it('downloads the exact file for an hour, then answers 403', async () => {
    expect(pressKit.private).toBe(true);
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, pressKit.displayName);
    const [url] = await createLinkInUi(frame, pressKit.displayName, { expiry: '1 hour', direct: true });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\?token=/);

    await frame.locator(byHook(dataHooks.copyLinkButton)).first().click();
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

    await suite.app.emulator.advanceClock(61);
    const expired = await fetch(url!, { redirect: 'manual' });
    expect(expired.status).toBe(403);
    await page.close();
  });

  it('sends the recipient to the redirect URL once the link has expired', async () => {
    await suite.app.emulator.reset();
    const { admin } = await suite.app.emulator.tokens();
    const reply = await callWebMethod(suite.app.shellUrl, admin, [
      [pressKit.id],
      { expirationInMinutes: 60, expirationRedirectUrl: 'https://example.com/expired', kind: 'DIRECT' },
    ]);
    const result = reply.body.result as { ok: true; results: { ok: true; links: { url: string }[] }[] };
    const url = result.results[0]!.links[0]!.url;
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(200);

    await suite.app.emulator.advanceClock(61);
    const expired = await fetch(url, { redirect: 'manual' });
    expect(expired.status).toBe(302);
    expect(expired.headers.get('location')).toBe('https://example.com/expired');
  });
});
