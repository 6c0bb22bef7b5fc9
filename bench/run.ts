/**
 * `npm run bench`: measures the built app on the local emulator and writes bench/results.json.
 * Every figure is a ratio or count taken side by side in this one run (page against the floor page,
 * 100,000 against 10,000 files, bulk against its ideal, transport against direct), so it holds on a
 * noisy machine; the absolute medians are printed beside them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startShell } from '../local/dashboard-shell/server';
import { createEmulatorClient } from '../local/wix-client';
import { DEFAULT_CONCURRENCY } from '../src/common/limits';
import { launchChromium, PROJECT_DIR, sampleLibrary, startTestApp, type TestApp } from '../test/e2e/support';
import { BULK_FILES, BULK_LATENCY_MS, FAULT_RATE, FAULT_STATUSES, IDEAL_MS, runBulk, withFaults, type BulkRun } from './bulk';
import { CONTROL_PAGE_SOURCE, CONTROL_TEXT_HOOK } from './control-page';
import { FLOOR_PAGE_SOURCE } from './floor-page';
import { firstPaintProbe } from './first-paint-probe';
import { measureHistory } from './history';
import { assertSameRequests, FILE_ROW_SELECTOR, isFileListRequest, isWixApiRequest, measureFirstRows, type FirstRowsRun } from './first-rows';
import { describeMachine } from './machine';
import { measureOverhead } from './overhead';
import { pageWeight, type PageWeight } from './page-weight';
import { localesFromArgs, weightByLocale } from './weight-by-locale';
import { buildProjectCopy } from './project-copy';
import { printReport, printRows, secureLinkRows } from './report';
import type { BenchResults } from './results';
import { measureSecureLink } from './secure-link';
import { median, ratio, round, summarize } from './stats';

const PAGE_RUNS = 7;
const BULK_RUNS = 5;
const OVERHEAD_CALLS = 25;
const LIBRARY = 10_000;
const DEEP_LIBRARY = 100_000;
const LINK_HISTORY = 10_000;
const HISTORY_RUNS = 7;
const RESULTS_FILE = path.join(PROJECT_DIR, 'bench', 'results.json');
/**
 * `npm run bench -- --only=history` or `--only=page-weight` measures one part and updates just its figures in
 * bench/results.json (the rest keep their last full run), so a change to one view can be checked in minutes.
 */
const ONLY = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const step = (text: string) => console.log(`… ${text}`);
const times = (runs: FirstRowsRun[]) => runs.map((run) => run.ms);
const last = <T>(list: T[]): T => {
  const item = list.at(-1);
  if (item === undefined) throw new Error('No benchmark run completed.');
  return item;
};

async function main(): Promise<void> {
  step('building the app, the control page and the floor page (wix app build, in copies of the project)');
  const stops: (() => Promise<unknown>)[] = [];
  try {
    const built = await buildProjectCopy(PROJECT_DIR, { name: 'app' });
    stops.unshift(built.remove);
    const control = await buildProjectCopy(PROJECT_DIR, { name: 'control', pageSource: CONTROL_PAGE_SOURCE });
    stops.unshift(control.remove);
    const floor = await buildProjectCopy(PROJECT_DIR, { name: 'floor', pageSource: FLOOR_PAGE_SOURCE });
    stops.unshift(floor.remove);
    step(`starting the app with ${LIBRARY.toLocaleString('en')} files and ${LINK_HISTORY.toLocaleString('en')} links, and with ${DEEP_LIBRARY.toLocaleString('en')} files`);
    const app = await startTestApp({ librarySize: LIBRARY, linkHistorySize: LINK_HISTORY, projectDir: built.dir });
    stops.unshift(app.close);
    const deep = await startTestApp({ librarySize: DEEP_LIBRARY, projectDir: built.dir });
    stops.unshift(deep.close);
    const controlShell = await startShell({ projectDir: control.dir, emulatorUrl: app.emulatorUrl });
    stops.unshift(controlShell.close);
    const floorShell = await startShell({ projectDir: floor.dir, emulatorUrl: app.emulatorUrl });
    stops.unshift(floorShell.close);
    for (const each of [app, deep]) await each.emulator.setRateLimit(false);

    const browser = await launchChromium();
    stops.unshift(browser.close);
    await browser.context.addInitScript({ content: firstPaintProbe(`${FILE_ROW_SELECTOR}, [data-hook="${CONTROL_TEXT_HOOK}"]`) });

    step(`time to first rows, ${PAGE_RUNS} runs each, interleaved`);
    // The floor runs in the same rounds as the app, against the same 10,000 files, so load on the
    // machine slows both alike and their ratio holds.
    const targets = { control: controlShell.url, page: app.shellUrl, floor: floorShell.url, deep: deep.shellUrl };
    const runs: Record<keyof typeof targets, FirstRowsRun[]> = { control: [], page: [], floor: [], deep: [] };
    // One unrecorded round first: Chromium's and miniflare's first compile is not what owners wait for.
    const warmUp: Partial<Record<keyof typeof targets, FirstRowsRun>> = {};
    for (const [name, url] of Object.entries(targets) as [keyof typeof targets, string][]) {
      warmUp[name] = await measureFirstRows(browser.context, url);
    }
    assertSameRequests(warmUp.page!, warmUp.floor!);
    for (let round = 0; round < PAGE_RUNS; round++) {
      for (const [name, url] of Object.entries(targets) as [keyof typeof targets, string][]) {
        runs[name].push(await measureFirstRows(browser.context, url));
      }
    }

    const pageLoad = last(runs.page);
    const controlLoad = last(runs.control);
    const pageSize = pageWeight(built.dir, pageLoad.loaded);
    const controlSize = pageWeight(control.dir, controlLoad.loaded);
    const floorSize = pageWeight(floor.dir, last(runs.floor).loaded);
    step('page weight in each account language (--locale)');
    const byLocale = await weightByLocale(browser.context, { shellUrl: app.shellUrl, dir: built.dir }, floorSize.jsGzip, localesFromArgs(process.argv.slice(2)));

    step(`the Links view's first rows with ${LINK_HISTORY.toLocaleString('en')} links, ${HISTORY_RUNS} runs against the Files view's`);
    const history = await measureHistory(app.shellUrl, { runs: HISTORY_RUNS, linkHistorySize: LINK_HISTORY });

    step(`bulk links, ${BULK_RUNS} runs without and ${BULK_RUNS} with faults`);
    const tokens = await app.emulator.tokens();
    const bulk = await bulkRuns(app, tokens.admin);

    step(`web-method overhead, ${OVERHEAD_CALLS} calls each way`);
    const [fileId] = await libraryIds(app, tokens.admin, 1);
    const overhead = await measureOverhead({
      shellUrl: app.shellUrl,
      emulatorUrl: app.emulatorUrl,
      adminToken: tokens.admin,
      appToken: tokens.app,
      fileId: fileId!,
      calls: OVERHEAD_CALLS,
    });

    step('secure link: Wix calls per download, forged tokens, redirect time, simultaneous clicks');
    const secureLink = { ...(await measureSecureLink(app, SECURE_LINK_FILE())), measuredAt: new Date().toISOString() };

    const page = summarize(times(runs.page));
    const deepPage = summarize(times(runs.deep));
    const controlPaint = summarize(times(runs.control));
    const floorRows = summarize(times(runs.floor));
    const clean = summarize(bulk.clean.map((run) => run.ms));
    const faults = summarize(bulk.faults.map((run) => run.ms));
    const allBulk = [...bulk.clean, ...bulk.faults];
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      command: 'npm run bench',
      machine: describeMachine(),
      pageWeight: { ...pageWeightFigures(pageSize, floorSize, controlSize), byLocale },
      firstRows: {
        medianMs: page.medianMs,
        floorMedianMs: floorRows.medianMs,
        ratioToFloor: ratio(page.medianMs, floorRows.medianMs),
        controlMedianMs: controlPaint.medianMs,
        requestsBeforeFirstRow: Math.max(...runs.page.map((run) => run.requestsBefore.filter(isWixApiRequest).length)),
        listRequestsBeforeFirstRow: Math.max(...runs.page.map((run) => run.requestsBefore.filter(isFileListRequest).length)),
        librarySize: LIBRARY,
        page,
        floor: floorRows,
        control: controlPaint,
      },
      deepLibrary: {
        medianMs: deepPage.medianMs,
        ratioTo10k: ratio(deepPage.medianMs, page.medianMs),
        librarySize: DEEP_LIBRARY,
        requestsBeforeFirstRow: Math.max(...runs.deep.map((run) => run.requestsBefore.filter(isWixApiRequest).length)),
        page: deepPage,
      },
      bulk: {
        files: BULK_FILES,
        concurrency: DEFAULT_CONCURRENCY,
        latencyMs: BULK_LATENCY_MS,
        idealMs: IDEAL_MS,
        ratioToIdeal: ratio(clean.medianMs, IDEAL_MS),
        faultRatioToIdeal: ratio(faults.medianMs, IDEAL_MS),
        faultRate: FAULT_RATE,
        faultStatuses: FAULT_STATUSES,
        accountedFor: Math.min(...allBulk.map((run) => run.accountedFor)),
        duplicates: Math.max(...allBulk.map((run) => run.duplicates)),
        faultSucceeded: bulk.faults.map((run) => run.succeeded),
        faultFailed: bulk.faults.map((run) => run.failed),
        clean,
        faults,
      },
      history,
      webMethodOverhead: {
        medianMs: round(median(overhead.transport.map((ms, i) => ms - (overhead.direct[i] ?? ms)))),
        transportMedianMs: round(median(overhead.transport)),
        directMedianMs: round(median(overhead.direct)),
        calls: OVERHEAD_CALLS,
      },
      secureLink,
    };
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log('');
    printReport(results);
    console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)}.`);
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error('Clean-up failed:', error instanceof Error ? error.message : error));
  }
}

/** A sample file every library has, whatever its synthetic size, whose download is real bytes. */
const SECURE_LINK_FILE = () => sampleLibrary.file('Press kit.zip').id;

/**
 * `npm run bench -- --only=secureLink`: only the secure link's figures, against the project's own build (made when
 * stale), merged into the existing bench/results.json so the other figures keep their last full run.
 */
async function secureLinkOnly(): Promise<void> {
  step('secure link only: starting the app');
  const app = await startTestApp();
  try {
    await app.emulator.setRateLimit(false);
    step('secure link: Wix calls per download, forged tokens, redirect time, simultaneous clicks');
    const secureLink = { ...(await measureSecureLink(app, SECURE_LINK_FILE())), measuredAt: new Date().toISOString() };
    const previous = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as BenchResults;
    await writeFile(RESULTS_FILE, `${JSON.stringify({ ...previous, secureLink }, null, 2)}\n`);
    console.log('');
    printRows(secureLinkRows(secureLink));
    console.log(`\nMerged into ${path.relative(process.cwd(), RESULTS_FILE)}.`);
  } finally {
    await app.close();
  }
}

async function libraryIds(app: TestApp, adminToken: string, count: number): Promise<string[]> {
  const { files } = createEmulatorClient(app.emulatorUrl, adminToken);
  const listed = await files.listFiles({ paging: { limit: count } });
  const ids = (listed.files ?? []).flatMap((file) => (file._id ? [file._id] : []));
  if (ids.length < count) throw new Error(`The emulator listed ${ids.length} files; the benchmark needs ${count}.`);
  return ids;
}

async function bulkRuns(app: TestApp, adminToken: string): Promise<{ clean: BulkRun[]; faults: BulkRun[] }> {
  const ids = await libraryIds(app, adminToken, BULK_FILES);
  const clean: BulkRun[] = [];
  const faults: BulkRun[] = [];
  await runBulk(app.shellUrl, adminToken, ids.slice(0, 1));
  for (let run = 0; run < BULK_RUNS; run++) {
    clean.push(await withFaults(app.emulator, { latencyMs: BULK_LATENCY_MS }, () => runBulk(app.shellUrl, adminToken, ids)));
    // A different seed per run, so the figure is not one lucky pattern of faults.
    const injected = { latencyMs: BULK_LATENCY_MS, errorRate: FAULT_RATE, statuses: FAULT_STATUSES, seed: run + 1 };
    faults.push(await withFaults(app.emulator, injected, () => runBulk(app.shellUrl, adminToken, ids)));
  }
  return { clean, faults };
}

/** One part of the benchmark; its figures replace the same part's in bench/results.json. */
async function runOnly(part: string): Promise<void> {
  if (part === 'secureLink') return secureLinkOnly();
  if (part !== 'history' && part !== 'page-weight') {
    throw new Error(`--only takes "history", "page-weight" or "secureLink", not "${part}".`);
  }
  const previous = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as BenchResults;
  const stops: (() => Promise<unknown>)[] = [];
  try {
    step('building the app (wix app build, in a copy of the project)');
    const built = await buildProjectCopy(PROJECT_DIR, { name: 'app' });
    stops.unshift(built.remove);
    const results: BenchResults = { ...previous, generatedAt: new Date().toISOString(), machine: describeMachine() };
    if (part === 'history') {
      step(`starting the app with ${LIBRARY.toLocaleString('en')} files and ${LINK_HISTORY.toLocaleString('en')} links`);
      const app = await startTestApp({ librarySize: LIBRARY, linkHistorySize: LINK_HISTORY, projectDir: built.dir });
      stops.unshift(app.close);
      await app.emulator.setRateLimit(false);
      step(`the Links view's first rows, ${HISTORY_RUNS} runs against the Files view's`);
      results.history = await measureHistory(app.shellUrl, { runs: HISTORY_RUNS, linkHistorySize: LINK_HISTORY });
    } else {
      step('building the control page and the floor page');
      const control = await buildProjectCopy(PROJECT_DIR, { name: 'control', pageSource: CONTROL_PAGE_SOURCE });
      stops.unshift(control.remove);
      const floor = await buildProjectCopy(PROJECT_DIR, { name: 'floor', pageSource: FLOOR_PAGE_SOURCE });
      stops.unshift(floor.remove);
      const app = await startTestApp({ librarySize: LIBRARY, projectDir: built.dir });
      stops.unshift(app.close);
      await app.emulator.setRateLimit(false);
      const controlShell = await startShell({ projectDir: control.dir, emulatorUrl: app.emulatorUrl });
      stops.unshift(controlShell.close);
      const floorShell = await startShell({ projectDir: floor.dir, emulatorUrl: app.emulatorUrl });
      stops.unshift(floorShell.close);
      const browser = await launchChromium();
      stops.unshift(browser.close);
      await browser.context.addInitScript({ content: firstPaintProbe(`${FILE_ROW_SELECTOR}, [data-hook="${CONTROL_TEXT_HOOK}"]`) });
      step('loading each page once (byte counts do not vary between runs)');
      const pageLoad = await measureFirstRows(browser.context, app.shellUrl);
      const floorLoad = await measureFirstRows(browser.context, floorShell.url);
      assertSameRequests(pageLoad, floorLoad);
      const controlLoad = await measureFirstRows(browser.context, controlShell.url);
      const floorSize = pageWeight(floor.dir, floorLoad.loaded);
      const locales = localesFromArgs(process.argv.slice(2));
      results.pageWeight = {
        ...pageWeightFigures(pageWeight(built.dir, pageLoad.loaded), floorSize, pageWeight(control.dir, controlLoad.loaded)),
        byLocale: await weightByLocale(browser.context, { shellUrl: app.shellUrl, dir: built.dir }, floorSize.jsGzip, locales),
      };
    }
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log('');
    printReport(results);
    console.log(`\nUpdated the ${part} figures in ${path.relative(process.cwd(), RESULTS_FILE)}.`);
  } finally {
    for (const stop of stops) await stop().catch((error: unknown) => console.error('Clean-up failed:', error instanceof Error ? error.message : error));
  }
}

function pageWeightFigures(pageSize: PageWeight, floorSize: PageWeight, controlSize: PageWeight): Omit<BenchResults['pageWeight'], 'byLocale'> {
  return {
    pageJsGzip: pageSize.jsGzip,
    floorJsGzip: floorSize.jsGzip,
    appToFloor: ratio(pageSize.jsGzip, floorSize.jsGzip),
    pageJsGzipTotal: pageSize.jsGzipTotal,
    controlJsGzip: controlSize.jsGzip,
    ratio: ratio(pageSize.jsGzip, controlSize.jsGzip),
    floorRatio: ratio(floorSize.jsGzip, controlSize.jsGzip),
    pageCssGzip: pageSize.cssGzip,
    controlCssGzip: controlSize.cssGzip,
    pageFiles: pageSize.files,
    pageAllScripts: pageSize.allFiles,
    controlFiles: controlSize.files,
    floorFiles: floorSize.files,
  };
}

(ONLY === undefined ? main() : runOnly(ONLY)).catch((error: unknown) => {
  console.error(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
