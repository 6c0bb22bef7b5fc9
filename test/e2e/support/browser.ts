import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep the browser off the network and free of background work (team rule). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type TestBrowser = { context: BrowserContext; close(): Promise<void> };

/**
 * Headless Debian Chromium with a fresh profile; clipboard allowed so "copy" can be checked.
 * `extraArgs` lets a test reproduce another browser's behaviour, e.g. a Blink feature switched off.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'share-links-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1366, height: 900 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export type Role = 'owner' | 'member' | 'visitor';
export type OpenedDashboard = { page: Page; frame: Frame };

/**
 * Opens the shell as a role, with the Wix account's language (`?locale=`, en-US unless given), and waits until
 * the built page has been rendered inside its iframe.
 */
export async function openDashboard(context: BrowserContext, shellUrl: string, role: Role = 'owner', locale?: string): Promise<OpenedDashboard> {
  const page = await context.newPage();
  const url = new URL(shellUrl);
  url.searchParams.set('role', role);
  if (locale) url.searchParams.set('locale', locale);
  await page.goto(url.href);
  const frameElement = await page.waitForSelector('[data-hook="shell-page-frame"]');
  const frame = await frameElement.contentFrame();
  if (!frame) throw new Error('The dashboard shell has no page frame.');
  await frame.waitForSelector('html[data-shell-ready="true"]', { state: 'attached' });
  return { page, frame };
}

/** The dashboard frame's toasts (what `dashboard.showToast` produced), newest last. */
export const toasts = (page: Page) => page.locator('[data-hook="shell-toast"]');

export const RESULTS_DIR = path.resolve('test-results');

/** Saves a full-page screenshot under test-results/ (git-ignored) and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
