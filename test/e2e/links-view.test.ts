/**
 * The Links view in Chromium against the built app: links made with a label are listed with their label, status
 * and expiry; a one-minute link is reported Expired by the backend once its minute has passed (the backend reads
 * its own clock, which the emulator cannot move, so the test waits that minute out); search; delete from the
 * history; the Files view's active-link badges; and the layout at 1024×768 and 800 px.
 */
import type { Frame } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  callWebMethod,
  fileRow,
  linkRow,
  linksTable,
  openDashboard,
  openLinksView,
  sampleLibrary,
  saveScreenshot,
  toasts,
  useDashboardSuite,
  waitForFile,
  webMethodPath,
} from './support';
import { byHook, choiceHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const logo = sampleLibrary.file('Logo.png');
const pressKit = sampleLibrary.file('Press kit.zip');
const priceList = sampleLibrary.file('Price list 2026.pdf');

const rowTexts = (frame: Frame) => linksTable(frame).locator(byHook(dataHooks.linksRow)).allInnerTexts();
const cellOf = (frame: Frame, text: string, hook: string) => linkRow(frame, text).locator(byHook(hook));

/** The row's last action ends inside the table: no action is cut off or pushed out of the card. */
async function actionsFit(frame: Frame, text: string): Promise<boolean> {
  const [action, table] = await Promise.all([cellOf(frame, text, dataHooks.linkDelete).boundingBox(), linksTable(frame).boundingBox()]);
  return action !== null && table !== null && action.x + action.width <= table.x + table.width;
}

const countCalls = (frame: Frame) =>
  frame.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/countActiveLinks.ajax')).length);

describe('the Links view', () => {
  const suite = useDashboardSuite();
  beforeEach(async () => suite.app.emulator.reset());

  /** Makes direct links through the web method the page uses, as the owner. */
  async function makeLinks(fileIds: string[], options: Record<string, unknown>): Promise<void> {
    const { admin } = await suite.app.emulator.tokens();
    const reply = await callWebMethod(suite.app.shellUrl, admin, [fileIds, { kind: 'DIRECT', ...options }]);
    expect(reply.body.result).toMatchObject({ ok: true });
  }

  it('lists a link made with a label, with its status and expiry, and the Files view counts it', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, logo.displayName);
    await fileRow(frame, logo.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(`${byHook(dataHooks.labelInput)} input`).fill('Anna at Studio Nord');
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.shareLinkUrl)).first().waitFor();

    await frame.locator(byHook(dataHooks.seeAllLinks)).click();
    await linkRow(frame, 'Anna at Studio Nord').waitFor();
    expect(await frame.locator(byHook(dataHooks.linkPanel)).count()).toBe(0);
    await expect(cellOf(frame, 'Anna at Studio Nord', dataHooks.linkFileName).innerText()).resolves.toBe(logo.displayName);
    await expect(cellOf(frame, 'Anna at Studio Nord', dataHooks.linkLabel).innerText()).resolves.toBe('Anna at Studio Nord');
    await expect(cellOf(frame, 'Anna at Studio Nord', dataHooks.linkStatus).innerText()).resolves.toBe('Active');
    // The form's default expiry is seven days; the moment is in the browser's zone, named.
    const expiry = await cellOf(frame, 'Anna at Studio Nord', dataHooks.linkExpires).innerText();
    expect(expiry).toMatch(/^in 7 days · /);
    expect(expiry).toMatch(/UTC|GMT|\(/);
    // The form makes a secure link by default, which counts its downloads.
    await expect(cellOf(frame, 'Anna at Studio Nord', dataHooks.linkDownloads).innerText()).resolves.toBe('0 downloads');
    await saveScreenshot(page, 'links-view-list');
    expect(await actionsFit(frame, 'Anna at Studio Nord')).toBe(true);

    await frame.locator(byHook(dataHooks.filesTab)).click();
    const badge = fileRow(frame, logo.displayName).locator(byHook(dataHooks.activeLinksBadge));
    await expect(badge.innerText()).resolves.toBe('1 active link');
    expect(await fileRow(frame, pressKit.displayName).locator(byHook(dataHooks.activeLinksBadge)).count()).toBe(0);
    await saveScreenshot(page, 'files-view-badges');
    await page.close();
  });

  it('asks the history for active-link counts once per page of files, not once per row', async () => {
    await makeLinks([logo.id, pressKit.id], { expirationInMinutes: 60 });
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, logo.displayName);
    await expect(fileRow(frame, logo.displayName).locator(byHook(dataHooks.activeLinksBadge)).innerText()).resolves.toBe('1 active link');
    await expect(fileRow(frame, pressKit.displayName).locator(byHook(dataHooks.activeLinksBadge)).innerText()).resolves.toBe('1 active link');
    expect(await countCalls(frame)).toBe(1);
    await page.close();
  });

  it('finds links by file name or label, and deletes one from the history after saying the link keeps working', async () => {
    await makeLinks([logo.id], { expirationInMinutes: 120, label: 'Anna' });
    await makeLinks([pressKit.id], { expirationInMinutes: 60 * 24 * 3, label: 'Ben from the press' });
    await makeLinks([priceList.id], { expirationInMinutes: 60 * 24 * 30 });
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await openLinksView(frame);
    expect(await rowTexts(frame)).toHaveLength(3);
    // Under a day left: the page says so.
    await expect(cellOf(frame, 'Anna', dataHooks.linkStatus).innerText()).resolves.toBe('Expires soon');

    const search = frame.locator(`${byHook(dataHooks.linksSearch)} input`);
    await search.fill('press');
    await expect.poll(() => rowTexts(frame)).toEqual([expect.stringContaining(pressKit.displayName)]);
    await search.fill('PRICE LIST');
    await expect.poll(() => rowTexts(frame)).toEqual([expect.stringContaining(priceList.displayName)]);
    await search.fill('nobody has this');
    await frame.locator(byHook(dataHooks.linksNoResults)).waitFor();
    await search.fill('');
    await expect.poll(() => rowTexts(frame)).toHaveLength(3);

    await cellOf(frame, 'Ben from the press', dataHooks.linkDelete).click();
    const modal = frame.locator(byHook(dataHooks.deleteLinkModal));
    await expect(modal.innerText()).resolves.toMatch(/keeps working until it expires/);
    await saveScreenshot(page, 'links-view-delete-modal');
    await modal.locator(byHook(dataHooks.deleteLinkConfirm)).click();
    await toasts(page).filter({ hasText: 'was deleted from the history' }).first().waitFor();
    await expect.poll(() => rowTexts(frame)).toHaveLength(2);
    expect((await rowTexts(frame)).join('\n')).not.toContain('Ben from the press');

    const { admin } = await suite.app.emulator.tokens();
    const listed = await callWebMethod(suite.app.shellUrl, admin, [{}], webMethodPath('listShareLinks'));
    expect((listed.body.result as { links: { label?: string }[] }).links.map((link) => link.label)).not.toContain('Ben from the press');
    await page.close();
  });

  it.each([
    [1024, 768],
    [800, 700],
  ])('fits at %i px: the compact table keeps label, expiry, status and every action in view', async (width, height) => {
    await makeLinks([pressKit.id], { expirationInMinutes: 60 * 24 * 3, label: 'Ben from the press' });
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await page.setViewportSize({ width, height });
    await openLinksView(frame);
    await linkRow(frame, 'Ben from the press').waitFor();
    await expect(cellOf(frame, 'Ben from the press', dataHooks.linkDetails).innerText()).resolves.toMatch(/^For Ben from the press · created /);
    await expect(cellOf(frame, 'Ben from the press', dataHooks.linkExpires).innerText()).resolves.toMatch(/^in 3 days · /);
    await expect(cellOf(frame, 'Ben from the press', dataHooks.linkStatus).innerText()).resolves.toBe('Active');
    expect(await actionsFit(frame, 'Ben from the press')).toBe(true);
    await saveScreenshot(page, `links-view-${width}`);
    await page.close();
  });

  it('leads an empty history to the Files view, and says when the list cannot load, with a way to retry', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, logo.displayName);
    await suite.app.emulator.setFaults({ errorRate: 1, statuses: [500] });
    await openLinksView(frame);
    const error = frame.locator(byHook(dataHooks.linksError));
    await expect(error.innerText()).resolves.toMatch(/Check your connection and try again/);
    await suite.app.emulator.clearFaults();
    await frame.locator(byHook(dataHooks.linksRetry)).click();
    await frame.locator(byHook(dataHooks.linksEmpty)).waitFor();
    await saveScreenshot(page, 'links-view-empty');
    await frame.locator(byHook(dataHooks.linksGoToFiles)).click();
    await waitForFile(frame, logo.displayName);
    expect(await fileRow(frame, logo.displayName).isVisible()).toBe(true);
    await page.close();
  });

  it(
    'shows a one-minute link as Expired once its minute has passed, by the backend’s own clock',
    async () => {
      await makeLinks([logo.id], { expirationInMinutes: 1, label: 'One minute' });
      const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
      await openLinksView(frame);
      await expect(cellOf(frame, 'One minute', dataHooks.linkStatus).innerText()).resolves.toBe('Expires soon');
      // The status filter asks the backend, so the link is listed under Expired only when the backend derives it.
      const filter = (status: string) => frame.locator(byHook(choiceHook(dataHooks.linksStatusFilter, status))).click();
      await expect
        .poll(
          async () => {
            await filter('ACTIVE');
            await filter('EXPIRED');
            await frame.locator(byHook(dataHooks.linksLoading)).waitFor({ state: 'detached' });
            return rowTexts(frame);
          },
          { timeout: 100_000, interval: 5_000 },
        )
        .toEqual([expect.stringContaining('One minute')]);
      await expect(cellOf(frame, 'One minute', dataHooks.linkStatus).innerText()).resolves.toBe('Expired');
      await page.close();
    },
    150_000,
  );
});
