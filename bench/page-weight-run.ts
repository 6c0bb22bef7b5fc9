/**
 * `npm run bench:weight [-- --locale de-DE,ja-JP]`: only the page-weight figure, per account language, without
 * the rest of `npm run bench` (no 100,000-file library, no bulk runs). Builds the app and the floor page in copies
 * of the project, opens each once to warm up, then measures each locale's first load. Prints; writes nothing.
 */
import { startShell } from '../local/dashboard-shell/server';
import { launchChromium, PROJECT_DIR, startTestApp } from '../test/e2e/support';
import { firstPaintProbe } from './first-paint-probe';
import { FILE_ROW_SELECTOR, measureFirstRows } from './first-rows';
import { FLOOR_PAGE_SOURCE } from './floor-page';
import { pageWeight } from './page-weight';
import { buildProjectCopy } from './project-copy';
import { localesFromArgs, weightByLocale } from './weight-by-locale';

async function main(): Promise<void> {
  const locales = localesFromArgs(process.argv.slice(2));
  const stops: (() => Promise<unknown>)[] = [];
  try {
    console.log('… building the app and the floor page (wix app build, in copies of the project)');
    const built = await buildProjectCopy(PROJECT_DIR, { name: 'app' });
    stops.unshift(built.remove);
    const floor = await buildProjectCopy(PROJECT_DIR, { name: 'floor', pageSource: FLOOR_PAGE_SOURCE });
    stops.unshift(floor.remove);
    const app = await startTestApp({ projectDir: built.dir });
    stops.unshift(app.close);
    const floorShell = await startShell({ projectDir: floor.dir, emulatorUrl: app.emulatorUrl });
    stops.unshift(floorShell.close);
    const browser = await launchChromium();
    stops.unshift(browser.close);
    await browser.context.addInitScript({ content: firstPaintProbe(FILE_ROW_SELECTOR) });

    await measureFirstRows(browser.context, app.shellUrl);
    const floorSize = pageWeight(floor.dir, (await measureFirstRows(browser.context, floorShell.url)).loaded);
    console.log(`floor page: ${floorSize.jsGzip} B of JS before its first rows`);
    for (const weight of await weightByLocale(browser.context, { shellUrl: app.shellUrl, dir: built.dir }, floorSize.jsGzip, locales)) {
      const met = weight.appToFloor <= 1.1 ? 'met' : 'NOT MET';
      console.log(`${weight.locale.padEnd(6)} ${weight.pageJsGzip} B = ${weight.appToFloor}× floor (target ≤ 1.10×: ${met}); catalogs ${weight.catalogFiles.join(', ')}`);
    }
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error('Clean-up failed:', error instanceof Error ? error.message : error));
  }
}

main().catch((error: unknown) => {
  console.error(`The weight benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
