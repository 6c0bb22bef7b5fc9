/**
 * The page in the Wix account's language (the shell's `?locale=`, handed over as Wix does) and the recipient's
 * page in the visitor's (Accept-Language): in German and Japanese, the Files view, the link form, its results, the Links view and
 * the created secure link's page carry no English-only word, sizes and dates are formatted for the locale, axe finds nothing serious, and in
 * German at 1366, 1024 and 800 px no label or button is cut off. Screenshots land in /tmp/screens.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatSize } from '../../src/common/format';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';
import type { BrowserContext } from 'playwright-core';
import {
  callWebMethod,
  fileRow,
  linksTable,
  openDashboard,
  openLinksView,
  readShareLinks,
  sampleLibrary,
  screen,
  seriousAxeViolations,
  useDashboardSuite,
  waitForFile,
} from './support';
import { clippedTexts, englishWordsIn, everythingSaid } from './support/languages';

const LANGUAGES = [
  { locale: 'de-DE', catalog: 'de' },
  { locale: 'ja-JP', catalog: 'ja' },
] as const;

async function expectSpoken(target: Frame | Page, catalog: string, state: string): Promise<void> {
  expect(englishWordsIn(await everythingSaid(target), catalog), `English words in "${state}"`).toEqual([]);
}

/** A recipient's tab asking for `locale` first; the page's CSP (scripts by nonce only) would refuse axe's injected script, so the test drops it. */
async function recipientPage(context: BrowserContext, locale: string, catalog: string): Promise<Page> {
  const page = await context.newPage();
  await page.setExtraHTTPHeaders({ 'Accept-Language': `${locale},${catalog};q=0.9,en;q=0.5` });
  await page.route('**/functions/l/**', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  return page;
}

async function expectAxeClean(frame: Frame, state: string): Promise<void> {
  expect(await seriousAxeViolations(frame), `axe in "${state}"`).toEqual([]);
}

describe('the page and the recipient’s page speak the user’s language', () => {
  const suite = useDashboardSuite();
  beforeEach(async () => suite.app.emulator.reset());

  describe.each(LANGUAGES)('$locale', ({ locale, catalog }) => {
    it('the Files view, the link form and its results', async () => {
      const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl, 'owner', locale);
      const logo = sampleLibrary.file('Logo.png');
      await waitForFile(frame, logo.displayName);
      await expect(frame.locator('html').getAttribute('lang')).resolves.toBeDefined();
      const size = formatSize(String(logo.bytes().length), locale);
      expect(size).not.toBe(formatSize(String(logo.bytes().length), 'en-US'));
      await expect(fileRow(frame, logo.displayName).innerText()).resolves.toContain(size);
      await expectSpoken(frame, catalog, 'Files view');
      await expectAxeClean(frame, 'Files view');
      await screen(page, `i18n-${locale}-files`);

      await fileRow(frame, logo.displayName).locator(byHook(dataHooks.createLinkButton)).click();
      await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
      // The default expiry is a week away: "in 7 Tagen", "7 日後".
      const inAWeek = new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(7, 'day');
      await expect(frame.locator(byHook(dataHooks.expirySummary)).innerText()).resolves.toContain(inAWeek);
      await expectSpoken(frame, catalog, 'link form');
      await expectAxeClean(frame, 'link form');
      await screen(page, `i18n-${locale}-form`);

      await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
      await frame.locator(byHook(dataHooks.shareLinkUrl)).first().waitFor();
      await expect(frame.locator(byHook(dataHooks.linkPanel)).innerText()).resolves.toContain(inAWeek);
      // The link itself is a URL, not words.
      const said = (await everythingSaid(frame)).replace(/https?:\/\/\S+/g, '');
      expect(englishWordsIn(said, catalog), 'English words in "link results"').toEqual([]);
      await expectAxeClean(frame, 'link results');
      await screen(page, `i18n-${locale}-results`);

      // The link is a secure link (the form's default): its recipient reads the page in their own language.
      const [url] = await readShareLinks(frame);
      expect(url).toMatch(/\/functions\/l\//);
      const recipient = await recipientPage(suite.browser.context, locale, catalog);
      await recipient.goto(url!);
      await expect(recipient.locator('html').getAttribute('lang')).resolves.toBe(catalog);
      const recipientText = await recipient.locator('body').innerText();
      expect(recipientText).toContain(logo.displayName);
      expect(recipientText).toContain(size);
      expect(recipientText).toContain(inAWeek);
      await expectSpoken(recipient, catalog, 'recipient page with the file');
      expect(await seriousAxeViolations(recipient.mainFrame()), 'axe on the recipient page').toEqual([]);
      await screen(recipient, `i18n-${locale}-recipient-file`);
      await recipient.close();
      await page.close();
    });

    it('the Links view, whose words arrive with its code', async () => {
      const logo = sampleLibrary.file('Logo.png');
      const { admin } = await suite.app.emulator.tokens();
      const made = await callWebMethod(suite.app.shellUrl, admin, [[logo.id], { kind: 'DIRECT', expirationInMinutes: 120, label: 'Kowalski' }]);
      expect(made.body.result).toMatchObject({ ok: true });
      const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl, 'owner', locale);
      await waitForFile(frame, logo.displayName);
      await openLinksView(frame);
      await expect(linksTable(frame).innerText()).resolves.toContain('Kowalski');
      await expectSpoken(frame, catalog, 'Links view');
      await expectAxeClean(frame, 'Links view');
      await screen(page, `i18n-${locale}-links`);
      await page.close();
    });

    it('the recipient’s page for a link that does not work, in the visitor’s language', async () => {
      const page = await recipientPage(suite.browser.context, locale, catalog);
      const response = await page.goto(new URL(`/functions/l/${'A'.repeat(60)}`, suite.app.shellUrl).href);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(catalog);
      await expectSpoken(page, catalog, 'recipient page');
      expect(await seriousAxeViolations(page.mainFrame()), 'axe on the recipient page').toEqual([]);
      await screen(page, `i18n-${locale}-recipient-not-found`);
      await page.close();
    });
  });

  it('keeps the language when the signed-in role changes', async () => {
    const { page } = await openDashboard(suite.browser.context, suite.app.shellUrl, 'owner', 'de-DE');
    await Promise.all([page.waitForURL(/role=visitor/), page.locator('[data-hook="shell-role-select"]').selectOption('visitor')]);
    expect(new URL(page.url()).searchParams.get('locale')).toBe('de-DE');
    const frame = (await (await page.waitForSelector('[data-hook="shell-page-frame"]')).contentFrame())!;
    await frame.locator(byHook(dataHooks.filesDenied)).waitFor();
    await expectSpoken(frame, 'de', 'access denied');
    await expect(frame.locator(byHook(dataHooks.filesDenied)).innerText()).resolves.toContain('Websitebesitzer');
    await page.close();
  });

  it('speaks English, dates and numbers included, for a language without a catalog', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl, 'owner', 'sv-SE');
    const logo = sampleLibrary.file('Logo.png');
    await waitForFile(frame, logo.displayName);
    await expect(frame.locator(`${byHook(dataHooks.searchInput)} input`).getAttribute('placeholder')).resolves.toBe('Search all folders');
    await expect(fileRow(frame, logo.displayName).innerText()).resolves.toContain(formatSize(String(logo.bytes().length), 'en-SE'));
    await page.close();
  });

  it.each([1366, 1024, 800])('German at %i px: no button or label is cut off', async (width) => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl, 'owner', 'de-DE');
    await page.setViewportSize({ width, height: 900 });
    await waitForFile(frame, 'Logo.png');
    await frame.locator(byHook(dataHooks.fileRow)).first().locator('input[type="checkbox"]').check({ force: true });
    await screen(page, `i18n-de-DE-${width}-files`);
    expect(await clippedTexts(frame), `cut-off texts in the Files view at ${width} px`).toEqual([]);
    await fileRow(frame, 'Logo.png').locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    await screen(page, `i18n-de-DE-${width}-form`);
    expect(await clippedTexts(frame), `cut-off texts with the link form at ${width} px`).toEqual([]);
    await page.close();
  });
});
