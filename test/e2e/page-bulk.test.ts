import { readFile } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseDirectLink, filesTable, openDashboard, readShareLinks, waitForFile, useDashboardSuite, screen, seriousAxeViolations } from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

describe('the dashboard page: links for many files at once', () => {
  const suite = useDashboardSuite({ librarySize: 20 });
  beforeEach(async () => suite.app.emulator.reset());

  it('ten files with one injected failure: the failure is explained, "retry failed" completes the set, CSV and copy all hold every link', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    // A small laptop screen: the list is narrow beside the panel and a batch's results scroll inside it.
    await page.setViewportSize({ width: 1024, height: 768 });
    await waitForFile(frame, 'Logo.png');
    const checkboxes = filesTable(frame).locator(byHook(dataHooks.rowSelect));
    for (let i = 0; i < 10; i++) await checkboxes.nth(i).click();
    const chosen = (await filesTable(frame).locator(byHook(dataHooks.fileName)).allInnerTexts()).slice(0, 10);
    await frame.locator(byHook(dataHooks.bulkCreateLinkButton)).click();
    await expect(frame.locator(byHook(dataHooks.createLinkSubmit)).innerText()).resolves.toBe('Create 10 links');

    // Seed 1 at a 10% rate fails exactly one of the next ten Media Manager calls, with a status never retried.
    // Direct links: one Media Manager call per file, so one refused call fails exactly one file.
    await chooseDirectLink(frame);
    await suite.app.emulator.setFaults({ errorRate: 0.1, statuses: [403], seed: 1 });
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.bulkResults)).waitFor();
    await expect.poll(async () => (await readShareLinks(frame)).length).toBe(9);
    const failure = frame.locator(byHook(dataHooks.resultError));
    expect(await failure.count()).toBe(1);
    expect((await failure.innerText()).length).toBeGreaterThan('Failed: '.length);
    await expect(frame.locator(byHook(dataHooks.retryFailed)).innerText()).resolves.toBe('Retry the failed file');
    // Scrolled to the last result, the count and "retry failed" are still in view, not under the panel header.
    await frame.locator(byHook(dataHooks.bulkResultRow)).last().scrollIntoViewIfNeeded();
    const summary = frame.getByRole('heading', { name: '9 of 10 files have links' });
    const notCovered = (hook: ReturnType<typeof frame.locator>) =>
      hook.evaluate((node) => {
        const box = node.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
        return hit !== null && node.contains(hit);
      });
    await expect.poll(() => notCovered(summary)).toBe(true);
    await expect.poll(() => notCovered(frame.locator(byHook(dataHooks.retryFailed)))).toBe(true);
    await screen(page, 'bulk-result');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await suite.app.emulator.clearFaults();
    await frame.locator(byHook(dataHooks.retryFailed)).click();
    await expect.poll(async () => (await readShareLinks(frame)).length).toBe(10);
    expect(await failure.count()).toBe(0);
    expect(await frame.locator(byHook(dataHooks.retryFailed)).count()).toBe(0);
    const urls = await readShareLinks(frame);
    const rows = await frame.locator(byHook(dataHooks.bulkResultRow)).allInnerTexts();
    chosen.forEach((name, i) => expect(rows[i]).toContain(name));

    const [download] = await Promise.all([page.waitForEvent('download'), frame.locator(byHook(dataHooks.downloadCsv)).click()]);
    expect(download.suggestedFilename()).toBe('share-links.csv');
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
    expect(csv[0]).toBe('"file name","asset key","url","expires at"');
    expect(csv.slice(1).map((line) => line.split('","')[2])).toEqual(urls);
    for (const line of csv.slice(1)) expect(line).toMatch(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"$/);

    await frame.locator(byHook(dataHooks.copyAll)).click();
    await expect.poll(() => frame.evaluate(() => navigator.clipboard.readText())).toBe(urls.join('\n'));

    const statuses = await Promise.all(urls.map(async (url) => (await fetch(url)).status));
    expect(statuses).toEqual(urls.map(() => 200));
    await page.close();
  });
});
