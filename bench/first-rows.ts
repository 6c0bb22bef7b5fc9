/**
 * Time to first rows: a fresh tab opens the dashboard shell, and the in-frame probe notes when the
 * first file row (or, for the control page, its one Text) is laid out. Times run from the top page's
 * navigation start, as an owner clicking the app in the dashboard would wait.
 */
import type { BrowserContext } from 'playwright-core';
import { openDashboard } from '../test/e2e/support';
import type { ProbeReading } from './first-paint-probe';

export const FILE_ROW_SELECTOR = '[data-hook="files-table"] tbody tr';

export type FirstRowsRun = { ms: number; requestsBefore: string[]; loaded: string[] };

const PROBE_TIMEOUT_MS = 30_000;

export async function measureFirstRows(context: BrowserContext, shellUrl: string): Promise<FirstRowsRun> {
  const { page, frame } = await openDashboard(context, shellUrl).catch((error: unknown) => {
    throw new Error(`The page at ${shellUrl} did not open: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    // An expression, not a function: see first-paint-probe.ts.
    const reading = await frame.waitForFunction('window.__benchProbe', undefined, { timeout: PROBE_TIMEOUT_MS });
    const probe = (await reading.jsonValue()) as ProbeReading;
    const navigationStart = (await page.evaluate('performance.timeOrigin')) as number;
    return { ms: probe.shownAt - navigationStart, requestsBefore: probe.requestsBefore, loaded: probe.loaded };
  } finally {
    await page.close();
  }
}

/** Data requests to Wix among those the page started; list and search are what fill the table. */
export const isWixApiRequest = (url: string): boolean => /\/__wixapis\/|wixapis\.com\//.test(url);
export const isFileListRequest = (url: string): boolean => /\/site-media\/v1\/files(\/search)?$/.test(new URL(url).pathname);
