/**
 * A secure link end to end in Chromium: the owner makes it in the dashboard with a password and a limit of 2;
 * a recipient in another browser (another time zone and language, no Wix session) opens it, types the password
 * and downloads twice; the third try says the limit was reached. The recipient's page is checked with axe and
 * photographed for the README.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  fileRow,
  openDashboard,
  PROJECT_DIR,
  readShareLinks,
  sampleLibrary,
  seriousAxeViolations,
  useDashboardSuite,
  waitForFile,
} from './support';

const RECIPIENT_ZONE = 'Asia/Tokyo';
const pressKit = sampleLibrary.file('Press kit.zip');

describe('a secure link with a password and a limit of 2', () => {
  const suite = useDashboardSuite();
  let recipientBrowser: Browser;
  beforeAll(async () => {
    recipientBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => recipientBrowser?.close());
  beforeEach(async () => suite.app.emulator.reset());

  async function ownerCreatesLink(): Promise<string> {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, pressKit.displayName);
    await fileRow(frame, pressKit.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.linkKind)).waitFor();
    await frame.locator(`${byHook(dataHooks.maxDownloadsInput)} input, input${byHook(dataHooks.maxDownloadsInput)}`).first().fill('2');
    await frame.locator(`${byHook(dataHooks.passwordInput)} input, input${byHook(dataHooks.passwordInput)}`).first().fill('harbour lights');
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.shareLinkUrl)).first().waitFor();
    const [url] = await readShareLinks(frame);
    await page.close();
    return url!;
  }

  /**
   * axe on the page at `url` as it is now. The page's CSP rightly refuses axe's injected script, so axe runs in a
   * context that bypasses CSP; the recipient's own context keeps it, and the local time its nonce'd script writes
   * shows the CSP lets the page's own script run.
   */
  async function axeOf(url: string) {
    const context = await recipientBrowser.newContext({ bypassCSP: true, timezoneId: RECIPIENT_ZONE });
    try {
      const page = await context.newPage();
      await page.goto(url);
      return await seriousAxeViolations(page.mainFrame());
    } finally {
      await context.close();
    }
  }

  async function downloadWithPassword(page: Page): Promise<Buffer> {
    await page.getByLabel('Password').fill('harbour lights');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    return readFile(await download.path());
  }

  it('downloads twice for a recipient in another time zone, then says the limit was reached', async () => {
    const url = await ownerCreatesLink();
    expect(url).toMatch(/\/functions\/l\/[\w-]{60}$/);
    expect(url.length).toBeLessThanOrEqual(120);

    const recipient = await recipientBrowser.newContext({ timezoneId: RECIPIENT_ZONE, locale: 'en-GB', acceptDownloads: true, viewport: { width: 390, height: 844 } });
    try {
      const page = await recipient.newPage();
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This file is protected by a password');
      await expect(page.locator('time').innerText()).resolves.toContain(`(${RECIPIENT_ZONE})`);
      await expect(page.getByText('2 of 2 downloads left.').count()).resolves.toBe(1);
      expect(await axeOf(url)).toEqual([]);
      await mkdir(path.join(PROJECT_DIR, 'docs'), { recursive: true });
      await page.screenshot({ path: path.join(PROJECT_DIR, 'docs', 'recipient-page.png'), fullPage: true });

      expect((await downloadWithPassword(page)).equals(pressKit.bytes())).toBe(true);
      await page.goto(url);
      await expect(page.getByText('1 of 2 downloads left.').count()).resolves.toBe(1);
      expect((await downloadWithPassword(page)).equals(pressKit.bytes())).toBe(true);

      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('This link has reached its download limit');
      expect(await axeOf(url)).toEqual([]);
    } finally {
      await recipient.close();
    }
  });

  it('a wrong password is refused on the page with a sentence, and nothing is minted', async () => {
    const url = await ownerCreatesLink();
    const recipient = await recipientBrowser.newContext({ timezoneId: RECIPIENT_ZONE });
    try {
      const page = await recipient.newPage();
      await page.goto(url);
      await suite.app.emulator.clearRequests();
      await page.getByLabel('Password').fill('wrong guess');
      await page.getByRole('button', { name: 'Download' }).click();
      await page.getByText('That password is not right.', { exact: false }).waitFor();
      expect((await suite.app.emulator.requests()).filter((r) => r.path.endsWith('generate-file-download-url'))).toEqual([]);
    } finally {
      await recipient.close();
    }
  });
});
