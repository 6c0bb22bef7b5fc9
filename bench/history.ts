/**
 * The Links view at scale: time from opening the app to the first link row, with the site's history holding
 * 10,000 links, the Links tab chosen the moment it shows (the probe clicks it). The Files view's first rows are
 * timed in the same rounds against the same app, so their ratio holds on a loaded machine. The view's first rows
 * must come from one `listShareLinks` call.
 */
import { launchChromium, type TestBrowser } from '../test/e2e/support';
import { firstPaintProbe } from './first-paint-probe';
import { FILE_ROW_SELECTOR, measureFirstRows, type FirstRowsRun } from './first-rows';
import { ratio, summarize, type Summary } from './stats';

export const LINK_ROW_SELECTOR = '[data-hook="links-table"] [data-hook="links-row"]';
const LINKS_TAB_SELECTOR = '[data-hook="links-tab"]';

export type HistoryResults = {
  firstRowsMs: number;
  filesFirstRowsMs: number;
  ratioToFiles: number;
  listQueriesBeforeFirstRow: number;
  linkHistorySize: number;
  links: Summary;
  files: Summary;
};

export const isListLinksRequest = (url: string): boolean => url.includes('/listShareLinks.ajax');

export async function measureHistory(shellUrl: string, options: { runs: number; linkHistorySize: number }): Promise<HistoryResults> {
  const browsers: TestBrowser[] = [];
  try {
    const files = await launchChromium();
    browsers.push(files);
    await files.context.addInitScript({ content: firstPaintProbe(FILE_ROW_SELECTOR) });
    const links = await launchChromium();
    browsers.push(links);
    await links.context.addInitScript({ content: firstPaintProbe(LINK_ROW_SELECTOR, LINKS_TAB_SELECTOR) });

    // One unrecorded round first: Chromium's and miniflare's first compile is not what owners wait for.
    await measureFirstRows(files.context, shellUrl);
    await measureFirstRows(links.context, shellUrl);
    const runs: { files: FirstRowsRun[]; links: FirstRowsRun[] } = { files: [], links: [] };
    for (let round = 0; round < options.runs; round++) {
      runs.files.push(await measureFirstRows(files.context, shellUrl));
      runs.links.push(await measureFirstRows(links.context, shellUrl));
    }
    const linksSummary = summarize(runs.links.map((run) => run.ms));
    const filesSummary = summarize(runs.files.map((run) => run.ms));
    return {
      firstRowsMs: linksSummary.medianMs,
      filesFirstRowsMs: filesSummary.medianMs,
      ratioToFiles: ratio(linksSummary.medianMs, filesSummary.medianMs),
      listQueriesBeforeFirstRow: Math.max(...runs.links.map((run) => run.requestsBefore.filter(isListLinksRequest).length)),
      linkHistorySize: options.linkHistorySize,
      links: linksSummary,
      files: filesSummary,
    };
  } finally {
    for (const browser of browsers) await browser.close();
  }
}
