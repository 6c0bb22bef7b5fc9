import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  chooseDirectLink,
  fileRow,
  openDashboard,
  readShareLinks,
  waitForFile,
  type TestBrowser,
  useDashboardSuite,
  screen,
  seriousAxeViolations,
  tokenClaims,
} from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const ZONE = 'Europe/Berlin';

/** UTC offset in minutes of ZONE at an instant, read from Intl's "GMT+2" style name (independent of the app). */
function offsetAt(instant: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-]\d+)?(?::(\d\d))?/.exec(name ?? '');
  const hours = Number(match?.[1] ?? 0);
  return hours * 60 + Math.sign(hours) * Number(match?.[2] ?? 0);
}

/** The first calendar day after the next clock change in ZONE, at least two days ahead. */
function dayAfterNextClockChange(now: number) {
  const day = 24 * 3_600_000;
  for (let t = now + 2 * day; t < now + 300 * day; t += day) {
    if (offsetAt(t) !== offsetAt(t - day)) {
      const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(t + day).split('-').map(Number);
      return { year: y!, month: m!, day: d!, offsetBefore: offsetAt(now), offsetAfter: offsetAt(t + day) };
    }
  }
  throw new Error(`No clock change in ${ZONE} within 300 days.`);
}

/** Runs the dashboard as if the owner's computer were set to ZONE. */
async function openInZone(browser: TestBrowser, shellUrl: string): Promise<{ page: Page; frame: Frame }> {
  const { page } = await openDashboard(browser.context, shellUrl);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: ZONE });
  await page.reload();
  const frame = await (await page.waitForSelector('[data-hook="shell-page-frame"]')).contentFrame();
  if (!frame) throw new Error('The dashboard shell has no page frame.');
  await frame.waitForSelector('html[data-shell-ready="true"]', { state: 'attached' });
  return { page, frame };
}

describe('the dashboard page: a custom expiry across a daylight-saving change', () => {
  const suite = useDashboardSuite();
  beforeEach(async () => suite.app.emulator.reset());

  it('noon on the day after the clock change is shown in the owner zone and is when the link really expires', async () => {
    const { page, frame } = await openInZone(suite.browser, suite.app.shellUrl);
    expect(await frame.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
    const target = dayAfterNextClockChange(Date.now());
    expect(target.offsetAfter).not.toBe(target.offsetBefore);
    const expected = Date.UTC(target.year, target.month - 1, target.day, 12) - target.offsetAfter * 60_000;

    await waitForFile(frame, 'Logo.png');
    await fileRow(frame, 'Logo.png').locator(byHook(dataHooks.createLinkButton)).click();
    await frame.getByText('Custom date and time', { exact: true }).click();
    const date = `${target.year}-${String(target.month).padStart(2, '0')}-${String(target.day).padStart(2, '0')}`;
    await frame.locator(`${byHook(dataHooks.expiryDate)} input`).fill(date);
    await frame.locator(`${byHook(dataHooks.expiryTime)} input`).fill('12:00');

    const summary = frame.locator(byHook(dataHooks.expirySummary));
    await expect.poll(() => summary.innerText()).toContain('12:00');
    const shown = await summary.innerText();
    expect(shown).toContain(`(${ZONE})`);
    expect(shown).toContain(String(target.day));
    expect(shown).toMatch(/in \d+ days/);
    await screen(page, 'form-custom-expiry');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    // A direct link: the expiry is then Wix's own token's, which says exactly when the link stops.
    await chooseDirectLink(frame);
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    await frame.locator(byHook(dataHooks.shareLinkUrl)).waitFor();
    const [url] = await readShareLinks(frame);
    const payload = tokenClaims(url!);
    // Minutes are rounded up, so the link lives until the chosen moment and less than a minute beyond it
    // (plus the moments between the page's clock and the emulator's).
    expect(payload.exp * 1000).toBeGreaterThanOrEqual(expected);
    expect(payload.exp * 1000 - expected).toBeLessThan(120_000);
    await page.close();
  });

  it('refuses a moment in the past with a sentence saying what to do, and creates nothing', async () => {
    const { page, frame } = await openInZone(suite.browser, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    await fileRow(frame, 'Logo.png').locator(byHook(dataHooks.createLinkButton)).click();
    await frame.getByText('Custom date and time', { exact: true }).click();
    await frame.locator(`${byHook(dataHooks.expiryDate)} input`).fill('2020-01-01');
    await expect.poll(() => frame.locator(byHook(dataHooks.expirySummary)).innerText()).toBe(
      'That moment has already passed. Pick a later date or time.',
    );
    await suite.app.emulator.clearRequests();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    expect(await frame.locator(byHook(dataHooks.shareLinkUrl)).count()).toBe(0);
    expect((await suite.app.emulator.requests()).filter((r) => r.path.endsWith('generate-file-download-url'))).toEqual([]);
    await page.close();
  });
});
