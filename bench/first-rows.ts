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

const wixRequests = (run: FirstRowsRun) =>
  run.requestsBefore
    .filter(isWixApiRequest)
    .map((url) => decodeURIComponent(new URL(url).pathname + new URL(url).search))
    .sort();

/** The floor's times compare with the app's only while it asks Wix for the same data before its first rows. */
export function assertSameRequests(app: FirstRowsRun, floor: FirstRowsRun): void {
  const [expected, actual] = [wixRequests(app), wixRequests(floor)];
  if (JSON.stringify(expected) === JSON.stringify(actual)) return;
  throw new Error(
    `Before its first rows the app asked Wix for ${expected.join(' and ') || 'nothing'}, the floor page for ${actual.join(' and ') || 'nothing'}. ` +
      'Make bench/floor-page.ts send the same requests as src/dashboard, then run the benchmark again.',
  );
}
