/**
 * Turning secure links off and changing them in the Links view, in Chromium against the built app: the owner turns
 * a link off, and a recipient in another browser context gets the "turned off" page (410) while the emulator mints
 * nothing; the limit changed to 1 shows "0 of 1 download"; several links turned off at once; a direct link's
 * Turn off stays disabled.
 */
import { chromium, type Browser, type Frame } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  callWebMethod,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  linkRow,
  openDashboard,
  openLinksView,
  sampleLibrary,
  saveScreenshot,
  toasts,
  useDashboardSuite,
  waitForFile,
} from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const logo = sampleLibrary.file('Logo.png');
const pressKit = sampleLibrary.file('Press kit.zip');
const jingle = sampleLibrary.file('Jingle.mp3');

const cellOf = (frame: Frame, text: string, hook: string) => linkRow(frame, text).locator(byHook(hook));
const isMint = (path: string) => path.endsWith('generate-file-download-url');

describe('the Links view: turning links off and changing them', () => {
  const suite = useDashboardSuite();
  let recipientBrowser: Browser;
  beforeAll(async () => {
    recipientBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => recipientBrowser?.close());
  beforeEach(async () => suite.app.emulator.reset());

  /** Makes links through the web method the page uses, as the owner; secure unless the options say otherwise. */
  async function makeLinks(fileIds: string[], options: Record<string, unknown> = {}): Promise<string[]> {
    const { admin } = await suite.app.emulator.tokens();
    const linkBaseUrl = new URL('/functions', suite.app.shellUrl).href;
    const reply = await callWebMethod(suite.app.shellUrl, admin, [fileIds, { linkBaseUrl, expirationInMinutes: 7 * 24 * 60, ...options }]);
    const result = reply.body.result as { ok: boolean; results: { links: { url: string }[] }[] };
    expect(result).toMatchObject({ ok: true });
    return result.results.map((r) => r.links[0]!.url);
  }

  async function openTheLinks() {
    const opened = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(opened.frame, logo.displayName);
    await openLinksView(opened.frame);
    return opened;
  }

  it('turns a secure link off: the row says Turned off, and its recipient gets the turned-off page while nothing is minted', async () => {
    const [url] = await makeLinks([pressKit.id], { label: 'Anna at Studio Nord' });
    const { page, frame } = await openTheLinks();
    const row = 'Anna at Studio Nord';
    await expect(cellOf(frame, row, dataHooks.linkStatus).innerText()).resolves.toBe('Active');

    await cellOf(frame, row, dataHooks.revokeLinkButton).click();
    const modal = frame.locator(byHook(dataHooks.revokeLinkModal));
    await expect(modal.innerText()).resolves.toContain('turned off by the person who shared it');
    await saveScreenshot(page, 'links-turn-off-modal');
    await suite.app.emulator.clearRequests();
    await frame.locator(byHook(dataHooks.revokeLinkConfirm)).click();
    await modal.waitFor({ state: 'detached' });
    await expect(cellOf(frame, row, dataHooks.linkStatus).innerText()).resolves.toBe('Turned off');
    await toasts(page).filter({ hasText: `The link to “${pressKit.displayName}” was turned off.` }).waitFor();
    // A link already off offers neither Turn off nor a change.
    expect(await cellOf(frame, row, dataHooks.revokeLinkButton).count()).toBe(0);
    expect(await cellOf(frame, row, dataHooks.linkEdit).count()).toBe(0);
    await saveScreenshot(page, 'links-turned-off-row');

    const recipient = await recipientBrowser.newContext({ timezoneId: 'Asia/Tokyo' });
    try {
      const recipientPage = await recipient.newPage();
      const response = await recipientPage.goto(url!);
      expect(response?.status()).toBe(410);
      await expect(recipientPage.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/turned off/i);
      expect(await recipientPage.getByRole('button', { name: 'Download' }).count()).toBe(0);
    } finally {
      await recipient.close();
    }
    expect((await suite.app.emulator.requests()).filter((r) => isMint(r.path))).toEqual([]);
    await page.close();
  });

  it('changes the download limit to 1 and the expiry, and the row shows "0 of 1 download"', async () => {
    await makeLinks([logo.id], { label: 'Limit me', maxDownloads: 5 });
    const { page, frame } = await openTheLinks();
    const row = 'Limit me';
    await expect(cellOf(frame, row, dataHooks.linkDownloads).innerText()).resolves.toBe('0 of 5 downloads');

    await cellOf(frame, row, dataHooks.linkEdit).click();
    const limit = frame.locator(`input${byHook(dataHooks.editLinkLimit)}, ${byHook(dataHooks.editLinkLimit)} input`).first();
    await expect(limit.inputValue()).resolves.toBe('5');
    // A limit the form would refuse is refused at the field, and nothing is sent.
    await limit.fill('0');
    await frame.locator(byHook(dataHooks.editLinkSave)).click();
    await frame.getByText('Enter a whole number of downloads from 1 to 10,000, or leave it empty.').waitFor();
    await saveScreenshot(page, 'links-edit-modal');

    await limit.fill('1');
    const date = frame.locator(`input${byHook(dataHooks.editLinkDate)}, ${byHook(dataHooks.editLinkDate)} input`).first();
    const inTenDays = new Date(Date.now() + 10 * 24 * 3_600_000).toISOString().slice(0, 10);
    await date.fill(inTenDays);
    await expect(frame.locator(byHook(dataHooks.editLinkExpirySummary)).innerText()).resolves.toMatch(/^Stops working in (9|10) days, on /);
    await frame.locator(byHook(dataHooks.editLinkSave)).click();
    await frame.locator(byHook(dataHooks.editLinkModal)).waitFor({ state: 'detached' });
    await expect(cellOf(frame, row, dataHooks.linkDownloads).innerText()).resolves.toBe('0 of 1 download');
    await expect(cellOf(frame, row, dataHooks.linkExpires).innerText()).resolves.toMatch(/^in (9|10) days · /);

    // The change is the backend's, not only the page's: a fresh read shows it too.
    await page.close();
    const fresh = await openTheLinks();
    await expect(cellOf(fresh.frame, row, dataHooks.linkDownloads).innerText()).resolves.toBe('0 of 1 download');
    await fresh.page.close();
  });

  it('turns off several selected links at once and says how many; a direct link has no checkbox and a disabled Turn off', async () => {
    await makeLinks([logo.id, pressKit.id], { label: 'Batch' });
    await makeLinks([jingle.id], { kind: 'DIRECT', label: 'Direct one' });
    const { page, frame } = await openTheLinks();
    await linkRow(frame, 'Direct one').waitFor();
    expect(await cellOf(frame, 'Direct one', dataHooks.linkSelect).count()).toBe(0);
    await expect(cellOf(frame, 'Direct one', dataHooks.revokeLinkButton).isDisabled()).resolves.toBe(true);

    await frame.locator(byHook(dataHooks.linksSelectAll)).click();
    const bulk = frame.locator(byHook(dataHooks.bulkRevokeButton));
    await expect(bulk.innerText()).resolves.toBe('Turn off 2 links');
    await bulk.click();
    await frame.locator(byHook(dataHooks.bulkRevokeConfirm)).click();
    await frame.locator(byHook(dataHooks.bulkRevokeModal)).waitFor({ state: 'detached' });
    await toasts(page).filter({ hasText: 'All 2 links were turned off.' }).waitFor();
    for (const name of [logo.displayName, pressKit.displayName]) {
      await expect(cellOf(frame, name, dataHooks.linkStatus).innerText()).resolves.toBe('Turned off');
    }
    await expect(cellOf(frame, 'Direct one', dataHooks.linkStatus).innerText()).resolves.toBe('Active');
    expect(await bulk.count()).toBe(0);
    await page.close();
  });
});
