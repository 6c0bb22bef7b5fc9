import { beforeEach, describe, expect, it } from 'vitest';
import {
  fileRow,
  openDashboard,
  readShareLinks,
  sampleLibrary,
  saveScreenshot,
  waitForFile,
  useDashboardSuite,
} from './support';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const ERROR_HOOKS = `${byHook(dataHooks.resultError)}, ${byHook(dataHooks.requestError)}, ${byHook(dataHooks.filesError)}`;

describe('failures a site owner can meet in the dashboard page', () => {
  const suite = useDashboardSuite();
  const pressKit = sampleLibrary.file('Press kit.zip');

  beforeEach(async () => suite.app.emulator.reset());

  it('explains a Media Manager outage while creating a link, and works again once it is over', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, pressKit.displayName);
    await suite.app.emulator.setFaults({ errorRate: 1, statuses: [503], seed: 1 });

    await fileRow(frame, pressKit.displayName).locator(byHook(dataHooks.createLinkButton)).click();
    await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
    const error = frame.locator(ERROR_HOOKS).first();
    await error.waitFor();
    const message = (await error.innerText()).trim();
    // A sentence for a person: words and an instruction, no status codes or stack traces.
    expect(message.split(/\s+/).length).toBeGreaterThan(4);
    expect(message).not.toMatch(/\b503\b|stack|undefined|\[object/i);
    expect(await readShareLinks(frame)).toEqual([]);
    await saveScreenshot(page, 'share-link-outage');

    await suite.app.emulator.clearFaults();
    await frame.locator(byHook(dataHooks.retryFailed)).first().click();
    await frame.locator(byHook(dataHooks.shareLinkUrl)).first().waitFor();
    const [url] = await readShareLinks(frame);
    expect((await fetch(url!)).status).toBe(200);
    await page.close();
  });

  it.each(['visitor', 'member'] as const)('tells a %s that only the owner or an admin can use the page, offers no pointless retry, and creates no link', async (role) => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl, role);
    const error = frame.locator(ERROR_HOOKS).first();
    await error.waitFor();
    const text = (await error.innerText()).trim();
    expect(text).toMatch(/only the site owner and admins/i);
    expect(text).toMatch(/Read Media Manager/);
    expect(text).not.toMatch(/connection/i);
    await expect(frame.locator(byHook(dataHooks.filesRetry)).count()).resolves.toBe(0);
    await expect(frame.locator(byHook(dataHooks.shareLinkUrl)).count()).resolves.toBe(0);
    await saveScreenshot(page, `${role}-refused`);
    await page.close();
  });
});
