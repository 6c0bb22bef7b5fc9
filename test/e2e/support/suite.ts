import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from './app';
import { launchChromium, type TestBrowser } from './browser';

export type DashboardSuite = { app: TestApp; browser: TestBrowser };

/**
 * One emulator, shell and Chromium for the calling test file (registered as beforeAll/afterAll);
 * read `suite.app` and `suite.browser` inside tests, once the hooks have run.
 */
export function useDashboardSuite(options: { librarySize?: number } = {}): DashboardSuite {
  const suite = {} as DashboardSuite;
  beforeAll(async () => {
    suite.app = await startTestApp(options);
    suite.browser = await launchChromium();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
  return suite;
}
