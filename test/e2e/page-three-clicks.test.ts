import { beforeEach, describe, expect, it } from 'vitest';
import {
  fileRow,
  openDashboard,
  readShareLinks,
  sampleLibrary,
  toasts,
  waitForFile,
  useDashboardSuite,
  screen,
  seriousAxeViolations,
} from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

describe('the dashboard page: three clicks to a working link', () => {
  const suite = useDashboardSuite();
  beforeEach(async () => suite.app.emulator.reset());

  it('row action, create with defaults, copy: the clipboard holds a secure link that downloads the file for 7 days', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const logo = sampleLibrary.file('Logo.png');
    await waitForFile(frame, logo.displayName);
    await screen(page, 'list');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await fileRow(frame, logo.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    await expect(frame.locator(byHook(dataHooks.expirySummary)).innerText()).resolves.toMatch(/in 7 days/);
    await expect(frame.locator(byHook(dataHooks.publicWarning)).count()).resolves.toBe(1);
    await screen(page, 'form');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.copyLinkButton)).click();
    await toasts(page).filter({ hasText: 'copied' }).first().waitFor();
    const [shown] = await readShareLinks(frame);
    const copied = await frame.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    await screen(page, 'result');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    // The default is a secure link: its page names the file and says when it expires (7 days from now), and its
    // button's POST is answered with a freshly minted Wix URL that downloads the file itself.
    const createdAt = Date.now();
    const recipientPage = await (await fetch(copied)).text();
    expect(recipientPage).toContain(logo.displayName);
    const expiresAt = Date.parse(/<time datetime="([^"]+)"/.exec(recipientPage)?.[1] ?? '');
    expect(Math.abs(expiresAt - (createdAt + 7 * 24 * 3_600_000))).toBeLessThan(120_000);
    const click = await fetch(copied, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
    expect(click.status).toBe(303);
    const download = await fetch(click.headers.get('location') ?? '');
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(logo.bytes())).toBe(true);

    // The list stays usable beside the open panel: another row's action is not covered and opens its form.
    await fileRow(frame, 'Brand mark.svg').locator(byHook(dataHooks.createLinkButton)).click({ timeout: 5_000 });
    await frame.locator(byHook(dataHooks.formFiles)).filter({ hasText: 'Brand mark.svg' }).waitFor();
    await page.close();
  });

  it('works from the keyboard alone: Enter on the row action, Tab to create, Enter, Escape closes the panel and focus returns to the row action', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    const rowAction = fileRow(frame, 'Logo.png').locator(byHook(dataHooks.createLinkButton));
    await rowAction.focus();
    await page.keyboard.press('Enter');
    await frame.locator(byHook(dataHooks.createLinkSubmit)).waitFor();
    await expect.poll(() => frame.evaluate((panel) => document.activeElement?.closest(panel) !== null, byHook(dataHooks.linkPanel))).toBe(true);
    // Focus moved into the panel; tabbing forward reaches the submit button without the mouse.
    for (let i = 0; i < 40 && !(await frame.locator(byHook(dataHooks.createLinkSubmit)).evaluate((b) => b === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await frame.locator(byHook(dataHooks.shareLinkUrl)).waitFor();
    expect((await readShareLinks(frame))[0]).toMatch(/^http/);
    await page.keyboard.press('Escape');
    await frame.locator(byHook(dataHooks.linkPanel)).waitFor({ state: 'detached' });
    await expect.poll(() => rowAction.evaluate((button) => button === document.activeElement)).toBe(true);
    // From there the keyboard goes on through the list: Enter opens the panel for the same file again.
    await page.keyboard.press('Enter');
    await frame.locator(byHook(dataHooks.formFiles)).filter({ hasText: 'Logo.png' }).waitFor();
    await page.close();
  });
});
