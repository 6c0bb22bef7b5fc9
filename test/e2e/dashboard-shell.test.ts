import { describe, expect, it } from 'vitest';
import { openDashboard, useDashboardSuite } from './support';

describe('the dashboard shell', () => {
  const suite = useDashboardSuite();

  it('frames the built page with the site name, the page title and who is signed in', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await expect(page.locator('[data-hook="shell-site-name"]').innerText()).resolves.toBe('Sample Site');
    await expect(page.locator('[data-hook="shell-page-title"]').innerText()).resolves.toBe(suite.app.shell.page.title);
    await expect(page.locator('[data-hook="shell-role-select"]').inputValue()).resolves.toBe('owner');
    // The built page rendered something of its own inside the frame.
    await expect(frame.locator('#root').innerText()).resolves.not.toBe('');
    await page.close();
  });

  it('runs the page on the React that the build\'s page HTML loads from the dashboard, not the one the tests use', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const hosted = suite.app.shell.page.reactVersion;
    expect(hosted).toBe('16.14.0');
    await expect(frame.evaluate(() => (window as unknown as { React: { version: string } }).React.version)).resolves.toBe(hosted);
    await page.close();
  });

  it('signs the page in with the token of the role picked in the frame', async () => {
    const { page } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await Promise.all([page.waitForURL(/role=visitor/), page.locator('[data-hook="shell-role-select"]').selectOption('visitor')]);
    await page.locator('[data-hook="shell-page-frame"]').waitFor();
    const token = await page.evaluate(() => (window as unknown as { __dashboardShell: { getAccessToken(): Promise<string> } }).__dashboardShell.getAccessToken());
    expect(token).toBe((await suite.app.emulator.tokens()).visitor);
    await page.close();
  });

  it('answers setPageTitle, navigate, observeState, getSiteInfo and showToast in the frame', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const answers = await frame.evaluate(async () => {
      type Channel = Record<string, (...args: unknown[]) => unknown>;
      const { channel } = (window as unknown as { __dashboardHost: { channel: Channel } }).__dashboardHost;
      channel.setPageTitle!('Renamed by the page');
      channel.navigate!('some-other-page');
      const observed = await new Promise<unknown[]>((resolve) => channel.observeState!((...args: unknown[]) => resolve(args)));
      const toast = channel.showToast!({ message: 'Hello from the page', type: 'warning' }) as { remove(): void };
      return { observed, siteInfo: channel.getSiteInfo!(), hasRemove: typeof toast.remove === 'function' };
    });
    await expect(page.locator('[data-hook="shell-page-title"]').innerText()).resolves.toBe('Renamed by the page');
    await expect(page.locator('[data-hook="shell-navigation"]').innerText()).resolves.toContain('some-other-page');
    expect(answers.observed[1]).toMatchObject({ language: 'en', pageLocation: { pageId: suite.app.shell.page.pageId } });
    expect(answers.siteInfo).toMatchObject({ wixEditorAvailable: false });
    expect(answers.hasRemove).toBe(true);
    const toast = page.locator('[data-hook="shell-toast"]', { hasText: 'Hello from the page' });
    await expect(toast.getAttribute('data-type')).resolves.toBe('warning');
    await page.close();
  });
});
