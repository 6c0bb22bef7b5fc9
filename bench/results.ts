/** The shape of bench/results.json (the README's figures come from this file). */
import type { HistoryResults } from './history';
import type { Machine } from './machine';
import type { SecureLinkResults } from './secure-link';
import type { Summary } from './stats';
import type { LocaleWeight } from './weight-by-locale';

export type BenchResults = {
  generatedAt: string;
  command: 'npm run bench';
  machine: Machine;
  pageWeight: {
    /** JS loaded before the first row showed. */
    pageJsGzip: number;
    /** JS loaded before the first row by a page of only the WDS parts and SDK calls the page needs (bench/floor-page.ts). */
    floorJsGzip: number;
    /** The page against the floor: what the app's own code adds to the parts it is built from. */
    appToFloor: number;
    /** All JS the page can load, lazily loaded chunks included. */
    pageJsGzipTotal: number;
    controlJsGzip: number;
    /** The page against the control; information only since the target is relative to the floor. */
    ratio: number;
    /** The floor against the control: the lowest ratio the page could reach while built from those parts. */
    floorRatio: number;
    pageCssGzip: number;
    controlCssGzip: number;
    pageFiles: string[];
    pageAllScripts: string[];
    controlFiles: string[];
    floorFiles: string[];
    /** The same first load with the dashboard in each account language; only that language's catalogs load. */
    byLocale: LocaleWeight[];
  };
  firstRows: {
    medianMs: number;
    /** The floor page's first rows, measured in the same rounds as the app's. */
    floorMedianMs: number;
    ratioToFloor: number;
    controlMedianMs: number;
    requestsBeforeFirstRow: number;
    listRequestsBeforeFirstRow: number;
    librarySize: number;
    page: Summary;
    floor: Summary;
    control: Summary;
  };
  deepLibrary: { medianMs: number; ratioTo10k: number; librarySize: number; requestsBeforeFirstRow: number; page: Summary };
  bulk: {
    files: number;
    concurrency: number;
    latencyMs: number;
    idealMs: number;
    ratioToIdeal: number;
    faultRatioToIdeal: number;
    faultRate: number;
    faultStatuses: number[];
    accountedFor: number;
    duplicates: number;
    faultSucceeded: number[];
    faultFailed: number[];
    clean: Summary;
    faults: Summary;
  };
  /** The Links view with 10,000 links against the Files view, same rounds (bench/history.ts); absent before it existed. */
  history?: HistoryResults;
  webMethodOverhead: { medianMs: number; transportMedianMs: number; directMedianMs: number; calls: number };
  /** Absent from results written before secure links; `npm run bench -- secureLink` measures only this part. */
  secureLink?: SecureLinkResults & { measuredAt: string };
};
