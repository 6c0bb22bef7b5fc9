/**
 * The link panel is a chunk of its own: the page shows its first rows without it, fetches it from the
 * shell's asset folder (a URL relative to the page script, as on Wix) when the owner opens the panel,
 * and if that download fails says so in a sentence and gets the panel on "Try again".
 */
import { describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { fileRow, openDashboard, sampleLibrary, useDashboardSuite, waitForFile, seriousAxeViolations } from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const PANEL_CHUNK = /\/browser\/assets\/LinkPanel\.[^/]*\.js$/;

const loadedScripts = (frame: Frame) =>
  frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));

describe('the dashboard page: the link panel loads on demand', () => {
  const suite = useDashboardSuite();

  it('shows the first rows without the panel code, then fetches it from the asset folder on open', async () => {
    const { frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const logo = sampleLibrary.file('Logo.png');
    await waitForFile(frame, logo.displayName);
    const before = await loadedScripts(frame);
    expect(before.some((name) => name.includes('/browser/assets/page.'))).toBe(true);
    expect(before.filter((name) => PANEL_CHUNK.test(name))).toEqual([]);

    await fileRow(frame, logo.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    expect((await loadedScripts(frame)).filter((name) => PANEL_CHUNK.test(name))).toHaveLength(1);
  });

  it('says the form could not open when its code does not download, and opens it on "Try again"', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const logo = sampleLibrary.file('Logo.png');
    await waitForFile(frame, logo.displayName);
    await page.route(PANEL_CHUNK, (route) => route.abort('internetdisconnected'));

    await fileRow(frame, logo.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    const failed = frame.locator(byHook(dataHooks.linkPanelFailed));
    await failed.waitFor();
    await expect(failed.innerText()).resolves.toMatch(/Check your internet connection, then try again/);
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await page.unroute(PANEL_CHUNK);
    await frame.locator(byHook(dataHooks.linkPanelRetry)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    expect(await failed.count()).toBe(0);
  });
});
