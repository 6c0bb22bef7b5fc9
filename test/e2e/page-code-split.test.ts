/**
 * The link panel is a chunk of its own: the page shows its first rows without it, fetches it from the
 * shell's asset folder (a URL relative to the page script, as on Wix) when the owner opens the panel,
 * and if that download fails says so in a sentence and gets the panel on "Try again". The page's own first
 * words are downloads too, and recover the same way.
 *
 * "Try again" is checked in two browsers. Chromium 156 forgets a module fetch that failed, so importing
 * the same URL again fetches it anew (whatwg/html#10327). Browsers before that change (Chromium up to
 * 150, as Debian shipped it, and Safari and Firefox releases of the same time) keep the failure in the
 * document's module map for good; Chromium still carries that behaviour behind the
 * ModuleMapDoNotCacheFailedFetch feature, so switching the feature off gives such a browser here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame } from 'playwright-core';
import {
  fileRow,
  filesTable,
  launchChromium,
  openDashboard,
  sampleLibrary,
  seriousAxeViolations,
  useDashboardSuite,
  waitForFile,
  type TestBrowser,
} from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const PANEL_CHUNK = /\/browser\/assets\/LinkPanel\.[^/]*\.js$/;
/** What the panel shares with the Links view (moments, clock, clipboard): a chunk each view's loader fetches beside its own. */
const VIEWS_KIT = /\/browser\/assets\/views-kit\.[^/]*\.js$/;
/** The web methods, fetched for the link counts once the rows are painted: before or after `before` is read. */
const WEB_METHODS = /\/browser\/assets\/share-links\.web\.[^/]*\.js$/;
/** The panel's words in the page's language (English here): a chunk named by its catalog language. */
const PANEL_WORDS = /\/browser\/assets\/en\.[^/]*\.js$/;
/** Every script in the built page's asset folder: the panel chunk and any chunk it imports. */
const ASSET_SCRIPT = /\/browser\/assets\/[^/]+\.js(\?.*)?$/;

const loadedScripts = (frame: Frame) =>
  frame.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.js(\?|$)/.test(name)));

describe('the dashboard page: the link panel loads on demand', () => {
  const suite = useDashboardSuite();
  let keepsFailedImports: TestBrowser | undefined;
  beforeAll(async () => {
    keepsFailedImports = await launchChromium(['--disable-features=ModuleMapDoNotCacheFailedFetch']);
  });
  afterAll(async () => keepsFailedImports?.close());

  it('shows the first rows without the panel code, then fetches only the panel chunk, its words and the views kit on open', async () => {
    const { frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const logo = sampleLibrary.file('Logo.png');
    await waitForFile(frame, logo.displayName);
    const before = await loadedScripts(frame);
    expect(before.some((name) => name.includes('/browser/assets/page.'))).toBe(true);
    expect(before.filter((name) => PANEL_CHUNK.test(name) || VIEWS_KIT.test(name))).toEqual([]);

    await fileRow(frame, logo.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    const fetchedOnOpen = (await loadedScripts(frame)).filter((name) => !before.includes(name) && !WEB_METHODS.test(name));
    // Every chunk the panel imports is one the page has already loaded, so the panel chunk, its catalog and the
    // views kit (each loaded with import() on use) are the only downloads that can fail when the panel opens, and
    // a fresh fetch of them is all "Try again" needs.
    expect(fetchedOnOpen).toHaveLength(3);
    expect(fetchedOnOpen.filter((name) => PANEL_CHUNK.test(name))).toHaveLength(1);
    expect(fetchedOnOpen.filter((name) => PANEL_WORDS.test(name))).toHaveLength(1);
    expect(fetchedOnOpen.filter((name) => VIEWS_KIT.test(name))).toHaveLength(1);
  });

  const browsers: [string, () => BrowserContext][] = [
    ['this Chromium', () => suite.browser.context],
    ['a browser that keeps failed module fetches', () => keepsFailedImports!.context],
  ];
  it.each(browsers)(
    'in %s: says the form could not open when its code does not download, and "Try again" opens it for the same files',
    async (_, context) => {
      const { page, frame } = await openDashboard(context(), suite.app.shellUrl);
      await waitForFile(frame, sampleLibrary.file('Logo.png').displayName);
      // The connection drops for every script the panel needs (its chunk and any chunk that imports),
      // before the owner points at the list, which already starts fetching the panel.
      const refused: string[] = [];
      await page.route(ASSET_SCRIPT, (route) => {
        refused.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      const checkboxes = filesTable(frame).locator(byHook(dataHooks.rowSelect));
      await checkboxes.nth(0).click();
      await checkboxes.nth(1).click();
      const chosen = (await filesTable(frame).locator(byHook(dataHooks.fileName)).allInnerTexts()).slice(0, 2);
      await frame.locator(byHook(dataHooks.bulkCreateLinkButton)).click();
      const failed = frame.locator(byHook(dataHooks.linkPanelFailed));
      await failed.waitFor();
      await expect(failed.innerText()).resolves.toMatch(/Check your internet connection, then try again/);
      expect(refused.some((url) => PANEL_CHUNK.test(new URL(url).pathname))).toBe(true);
      expect(await seriousAxeViolations(frame)).toEqual([]);

      await page.unroute(ASSET_SCRIPT);
      await frame.locator(byHook(dataHooks.linkPanelRetry)).click();
      await expect(frame.locator(byHook(dataHooks.createLinkSubmit)).innerText()).resolves.toBe('Create 2 links');
      expect(await failed.count()).toBe(0);
      const formFiles = await frame.locator(byHook(dataHooks.formFiles)).innerText();
      for (const name of chosen) expect(formFiles).toContain(name);
      for (const i of [0, 1]) await expect(checkboxes.nth(i).locator('input').isChecked()).resolves.toBe(true);
    },
  );

  /** The page's first words (one catalog, shared/catalog, English here), fetched before anything shows. */
  const FIRST_WORDS = /\/browser\/assets\/en\.[^/]*\.js(\?.*)?$/;
  it.each(browsers)('in %s: says the page could not load when its words do not download, and "Try again" shows the files', async (_, context) => {
    const page = await context().newPage();
    await page.route(FIRST_WORDS, (route) => route.abort('internetdisconnected'));
    const url = new URL(suite.app.shellUrl);
    url.searchParams.set('role', 'owner');
    await page.goto(url.href);
    const frame = await (await page.waitForSelector(byHook('shell-page-frame'))).contentFrame();
    if (!frame) throw new Error('The dashboard shell has no page frame.');
    const failed = frame.locator(byHook(dataHooks.pageWordsFailed));
    await failed.waitFor();
    await expect(failed.innerText()).resolves.toMatch(/Check your internet connection, then try again/);
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await page.unroute(FIRST_WORDS);
    await frame.locator(byHook(dataHooks.pageWordsRetry)).click();
    await waitForFile(frame, sampleLibrary.file('Logo.png').displayName);
    expect(await failed.count()).toBe(0);
    await page.close();
  });

  it.each(browsers)('in %s: says the Links view could not open when its code does not download, and "Try again" opens it', async (_, context) => {
    const { page, frame } = await openDashboard(context(), suite.app.shellUrl);
    await waitForFile(frame, sampleLibrary.file('Logo.png').displayName);
    await page.route(ASSET_SCRIPT, (route) => route.abort('internetdisconnected'));
    await frame.locator(byHook(dataHooks.linksTab)).click();
    const failed = frame.locator(byHook(dataHooks.linksViewFailed));
    await failed.waitFor();
    await expect(failed.innerText()).resolves.toMatch(/Check your internet connection, then try again/);

    await page.unroute(ASSET_SCRIPT);
    await frame.locator(byHook(dataHooks.linksViewRetry)).click();
    // The view opens: its table, or its empty state when this site has made no links yet.
    await frame.locator(`${byHook(dataHooks.linksTable)}, ${byHook(dataHooks.linksEmpty)}`).first().waitFor();
    expect(await failed.count()).toBe(0);
    await page.close();
  });
});
