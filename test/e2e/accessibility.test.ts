/**
 * axe-core in every state an owner can reach, not only the first screen: each step drives the page into a state
 * and `expectAxeClean` names that state when axe finds a serious or critical violation. Also the big batch: a
 * 100-file request shows its progress and first links before the end (Media Manager calls slowed at the emulator).
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  callWebMethod,
  chooseDirectLink,
  filesTable,
  linkRow,
  openDashboard,
  openLinksView,
  openFolder,
  readShareLinks,
  saveScreenshot,
  seriousAxeViolations,
  useDashboardSuite,
  sampleLibrary,
  waitForFile,
} from './support';
import { byHook, choiceHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

async function expectAxeClean(page: Page, frame: Frame, state: string): Promise<void> {
  const violations = await seriousAxeViolations(frame);
  if (violations.length) await saveScreenshot(page, `axe-${state.replace(/\W+/g, '-')}`);
  expect(violations, `axe found serious or critical violations in the state "${state}"`).toEqual([]);
}

const search = (frame: Frame, text: string) => frame.locator(`${byHook(dataHooks.searchInput)} input`).fill(text);
const panel = (frame: Frame) => frame.locator(byHook(dataHooks.linkPanel));
const closePanel = (frame: Frame) => panel(frame).getByRole('button', { name: 'Close' }).first().click();

/** Finds a file by search and opens the link form for it. */
async function openFormFor(frame: Frame, name: string): Promise<void> {
  await search(frame, name.replace(/\.\w+$/, ''));
  await waitForFile(frame, name);
  await filesTable(frame).locator(byHook(dataHooks.fileRow)).filter({ hasText: name }).first().locator(byHook(dataHooks.createLinkButton)).click();
  await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
}

describe('the dashboard page: accessible in every state', () => {
  const suite = useDashboardSuite({ librarySize: 120 });
  beforeEach(async () => suite.app.emulator.reset());

  it('browsing: first screen, search, no results, filters, a folder, an empty folder, the compact layout', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    await expectAxeClean(page, frame, 'first screen');

    await search(frame, 'offsite');
    await waitForFile(frame, 'Team offsite.jpg');
    await expectAxeClean(page, frame, 'search text typed');

    await search(frame, 'no file is called this');
    await frame.locator(byHook(dataHooks.filesNoResults)).waitFor();
    await expectAxeClean(page, frame, 'no search results');
    await search(frame, '');

    await frame.locator(byHook(choiceHook(dataHooks.privacy, 'PRIVATE'))).click();
    await expect.poll(() => filesTable(frame).locator(byHook(dataHooks.fileName)).allInnerTexts()).not.toContain('Logo.png');
    await expectAxeClean(page, frame, 'filters set');
    await frame.locator(byHook(choiceHook(dataHooks.privacy, 'ALL'))).click();
    await waitForFile(frame, 'Logo.png');

    await openFolder(frame, 'Documents');
    await frame.locator(byHook(dataHooks.folderLink)).filter({ hasText: 'Drafts' }).waitFor();
    await expectAxeClean(page, frame, 'a folder open');
    await openFolder(frame, 'Drafts');
    await frame.locator(byHook(dataHooks.filesEmpty)).waitFor();
    await expectAxeClean(page, frame, 'empty folder');

    await frame.locator(byHook(dataHooks.folderBreadcrumbs)).getByText('Media', { exact: true }).click();
    await waitForFile(frame, 'Logo.png');
    await page.setViewportSize({ width: 800, height: 700 });
    await filesTable(frame).locator(byHook(dataHooks.fileRow)).filter({ hasText: 'Logo.png' }).first().locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    await saveScreenshot(page, 'a11y-compact-form');
    await expectAxeClean(page, frame, 'compact layout at 800 px with the link form open');
    await page.close();
  });

  it('the link form for each media type and a custom date, one link, its QR code', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    for (const [kind, name] of [
      ['image', 'Logo.png'],
      ['video', 'Teaser.mp4'],
      ['audio', 'Jingle.mp3'],
      ['document', 'Price list 2026.pdf'],
    ] as const) {
      await openFormFor(frame, name);
      await expectAxeClean(page, frame, `link form for ${kind} (${name})`);
      await closePanel(frame);
      await panel(frame).waitFor({ state: 'detached' });
    }

    await openFormFor(frame, 'Logo.png');
    await frame.getByText('Custom date and time', { exact: true }).click();
    await frame.locator(byHook(dataHooks.expiryDate)).waitFor();
    await saveScreenshot(page, 'a11y-custom-date');
    await expectAxeClean(page, frame, 'link form with a custom date');
    await frame.getByText('7 days', { exact: true }).click();

    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.shareLinkUrl)).first().waitFor();
    await saveScreenshot(page, 'a11y-one-link');
    await expectAxeClean(page, frame, 'result of one file');
    await frame.locator(byHook(dataHooks.qrToggle)).first().click();
    await frame.locator(`${byHook(dataHooks.qrCode)} img`).waitFor();
    await saveScreenshot(page, 'a11y-qr');
    await expectAxeClean(page, frame, 'QR code shown');
    await page.close();
  });

  it('failures: a partial batch, a request that failed, listing failed, a member refused', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    const checkboxes = filesTable(frame).locator(byHook(dataHooks.rowSelect));
    for (let i = 0; i < 10; i++) await checkboxes.nth(i).click();
    await frame.locator(byHook(dataHooks.bulkCreateLinkButton)).click();
    // Direct links: one Media Manager call per file, so a batch can fail in part.
    await chooseDirectLink(frame);
    // Seed 1 at a 10% rate fails exactly one of the next ten Media Manager calls, with a status never retried.
    await suite.app.emulator.setFaults({ errorRate: 0.1, statuses: [403], seed: 1 });
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.resultError)).waitFor();
    await expect.poll(async () => (await readShareLinks(frame)).length).toBe(9);
    await saveScreenshot(page, 'a11y-partial');
    await expectAxeClean(page, frame, 'results of many files with a partial failure');

    // Every call refused (403 is never retried): each file says why in its row.
    await frame.locator(byHook(dataHooks.newLinks)).click();
    await chooseDirectLink(frame);
    await suite.app.emulator.setFaults({ errorRate: 1, statuses: [403] });
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await expect.poll(() => frame.locator(byHook(dataHooks.resultError)).count()).toBe(10);
    await expectAxeClean(page, frame, 'every file of a batch failed');

    // The connection drops: the request itself fails, said once with one "Try again".
    await suite.app.emulator.clearFaults();
    await frame.locator(byHook(dataHooks.newLinks)).click();
    await page.route('**/_webMethods/**', (route) => route.abort());
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.requestError)).waitFor();
    await saveScreenshot(page, 'a11y-request-error');
    await expectAxeClean(page, frame, 'a request that failed as a whole');
    await page.unroute('**/_webMethods/**');
    await page.close();

    await suite.app.emulator.setFaults({ errorRate: 1, statuses: [503] });
    const failed = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await failed.frame.locator(byHook(dataHooks.filesError)).waitFor({ timeout: 30_000 });
    await saveScreenshot(failed.page, 'a11y-listing-failed');
    await expectAxeClean(failed.page, failed.frame, 'listing failed');
    await failed.page.close();
    await suite.app.emulator.clearFaults();

    const member = await openDashboard(suite.browser.context, suite.app.shellUrl, 'member');
    await member.frame.locator(byHook(dataHooks.filesDenied)).waitFor();
    await expectAxeClean(member.page, member.frame, 'permission refused for a member');
    await member.page.close();
  });

  it('a 100-file batch shows progress and its first links before the end, and stays accessible while it runs', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    const rows = filesTable(frame).locator(byHook(dataHooks.fileRow));
    await expect.poll(() => rows.count()).toBe(50);
    await frame.locator(byHook(dataHooks.loadMore)).click();
    await expect.poll(() => rows.count()).toBe(100);
    await frame.locator(`${byHook(dataHooks.selectAll)} input`).check({ force: true });
    const chosen = await filesTable(frame).locator(byHook(dataHooks.fileName)).allInnerTexts();
    await frame.locator(byHook(dataHooks.bulkCreateLinkButton)).click();
    await expect(frame.locator(byHook(dataHooks.createLinkSubmit)).innerText()).resolves.toBe('Create 100 links');

    // Each Media Manager call waits 400 ms: ten rounds of calls, so the parts arrive over about four seconds.
    await suite.app.emulator.setFaults({ latencyMs: 400 });
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    const midway = () =>
      frame.evaluate(
        ([progress, url]) => ({ progress: document.querySelector(progress) !== null, links: document.querySelectorAll(url).length }),
        [byHook(dataHooks.linkProgress), byHook(dataHooks.shareLinkUrl)] as const,
      );
    await expect.poll(midway, { interval: 50, timeout: 20_000 }).toSatisfy(({ progress, links }) => progress && links > 0 && links < 100);
    const bar = frame.getByRole('progressbar');
    expect(await bar.getAttribute('aria-label')).toMatch(/^Creating links: \d+ of 100 files answered so far$/);
    expect(await frame.getByRole('heading', { name: /^\d+ of 100 files have links$/ }).count()).toBe(1);
    await saveScreenshot(page, 'a11y-progress');
    await expectAxeClean(page, frame, 'a 100-file batch in progress');

    await frame.getByRole('heading', { name: '100 of 100 files have links' }).waitFor({ timeout: 30_000 });
    expect(await frame.locator(byHook(dataHooks.linkProgress)).count()).toBe(0);
    expect(await readShareLinks(frame)).toHaveLength(100);
    const shown = await frame.locator(byHook(dataHooks.bulkResultRow)).allInnerTexts();
    chosen.forEach((name, i) => expect(shown[i]).toContain(name));
    await expectAxeClean(page, frame, 'results of 100 files');
    await page.close();
  });

  it('the Links view: empty, loading failed, the list, delete, QR code, and a secure link\'s turn off, change and bulk turn off', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    await suite.app.emulator.setFaults({ errorRate: 1, statuses: [503] });
    await openLinksView(frame);
    await frame.locator(byHook(dataHooks.linksError)).waitFor();
    await expectAxeClean(page, frame, 'links could not load');
    await suite.app.emulator.clearFaults();
    await frame.locator(byHook(dataHooks.linksRetry)).click();
    await frame.locator(byHook(dataHooks.linksEmpty)).waitFor();
    await expectAxeClean(page, frame, 'no links yet');

    const { admin } = await suite.app.emulator.tokens();
    const ids = ['Logo.png', 'Press kit.zip', 'Jingle.mp3'].map((name) => sampleLibrary.file(name).id);
    await callWebMethod(suite.app.shellUrl, admin, [ids, { expirationInMinutes: 600, label: 'Studio Nord', kind: 'DIRECT' }]);
    await frame.locator(byHook(dataHooks.filesTab)).click();
    await openLinksView(frame);
    await linkRow(frame, 'Jingle.mp3').waitFor();
    await expectAxeClean(page, frame, 'the list of links');

    await linkRow(frame, 'Jingle.mp3').locator(byHook(dataHooks.linkDelete)).click();
    await frame.locator(byHook(dataHooks.deleteLinkModal)).waitFor();
    await expectAxeClean(page, frame, 'delete confirmation');
    await page.keyboard.press('Escape');
    await frame.locator(byHook(dataHooks.deleteLinkModal)).waitFor({ state: 'detached' });

    await linkRow(frame, 'Jingle.mp3').locator(byHook(dataHooks.linkQr)).click();
    await frame.locator(`${byHook(dataHooks.linkQrModal)} ${byHook(dataHooks.qrCode)}`).waitFor();
    await expectAxeClean(page, frame, 'a QR code');
    await saveScreenshot(page, 'links-view-qr');
    await page.keyboard.press('Escape');
    await frame.locator(byHook(dataHooks.linkQrModal)).waitFor({ state: 'detached' });

    // A secure link's row, its Turn off and Change dialogs, and the bulk Turn off.
    const linkBaseUrl = new URL('/functions', suite.app.shellUrl).href;
    const pdf = sampleLibrary.file('Price list 2026.pdf').id;
    await callWebMethod(suite.app.shellUrl, admin, [[pdf], { expirationInMinutes: 600, kind: 'SECURE', maxDownloads: 5, linkBaseUrl }]);
    await frame.locator(byHook(dataHooks.filesTab)).click();
    await openLinksView(frame);
    const secureRow = linkRow(frame, 'Price list 2026.pdf');
    await secureRow.locator(byHook(dataHooks.linkDownloads)).waitFor();
    await expectAxeClean(page, frame, 'a secure link in the list');

    await secureRow.locator(byHook(dataHooks.revokeLinkButton)).click();
    await frame.locator(byHook(dataHooks.revokeLinkModal)).waitFor();
    await expectAxeClean(page, frame, 'turn off confirmation');
    await page.keyboard.press('Escape');
    await frame.locator(byHook(dataHooks.revokeLinkModal)).waitFor({ state: 'detached' });

    await secureRow.locator(byHook(dataHooks.linkEdit)).click();
    await frame.locator(byHook(dataHooks.editLinkModal)).waitFor();
    await expectAxeClean(page, frame, 'change expiry and limit');
    await page.keyboard.press('Escape');
    await frame.locator(byHook(dataHooks.editLinkModal)).waitFor({ state: 'detached' });

    await secureRow.locator(byHook(dataHooks.linkSelect)).click();
    await frame.locator(byHook(dataHooks.bulkRevokeButton)).click();
    await frame.locator(byHook(dataHooks.bulkRevokeModal)).waitFor();
    await expectAxeClean(page, frame, 'turn off selected links');
    await page.close();
  });
});
