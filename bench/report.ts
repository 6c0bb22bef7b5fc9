/** The printed table: each figure beside its target from the issue, so a regression is visible at a glance. */
import type { BenchResults } from './results';

type Row = { figure: string; measured: string; target: string; met: boolean };

const ms = (value: number) => `${Math.round(value)} ms`;
const spread = (s: { medianMs: number; minMs: number; maxMs: number; runs: number }) =>
  `${ms(s.medianMs)} (min ${ms(s.minMs)}, max ${ms(s.maxMs)}, ${s.runs} runs)`;

function reportRows(r: BenchResults): Row[] {
  return [
    { figure: 'Page JS before first rows, gzip', measured: `${r.pageWeight.pageJsGzip} B vs floor ${r.pageWeight.floorJsGzip} B = ${r.pageWeight.appToFloor}×`, target: '≤ 1.10× floor', met: r.pageWeight.appToFloor <= 1.1 },
    ...r.pageWeight.byLocale.map((w) => ({ figure: `The same in ${w.locale}`, measured: `${w.pageJsGzip} B = ${w.appToFloor}×`, target: '≤ 1.10× floor', met: w.appToFloor <= 1.1 })),
    { figure: 'The same against the control page', measured: `${r.pageWeight.pageJsGzip} B vs ${r.pageWeight.controlJsGzip} B = ${r.pageWeight.ratio}×; floor alone ${r.pageWeight.floorRatio}×`, target: '(reported)', met: true },
    { figure: 'Page JS, all chunks, gzip', measured: `${r.pageWeight.pageJsGzipTotal} B (link panel and QR code load on demand)`, target: '(reported)', met: true },
    { figure: 'Page CSS, gzip', measured: `${r.pageWeight.pageCssGzip} B vs control ${r.pageWeight.controlCssGzip} B`, target: '(reported)', met: true },
    { figure: 'First rows, 10,000 files', measured: spread(r.firstRows.page), target: '≤ 1 s median', met: r.firstRows.medianMs <= 1000 },
    { figure: 'Floor page first rows, same runs', measured: `${spread(r.firstRows.floor)}; app = ${r.firstRows.ratioToFloor}× floor`, target: '≤ 1.10× floor', met: r.firstRows.ratioToFloor <= 1.1 },
    { figure: 'Control page first paint', measured: spread(r.firstRows.control), target: '(baseline)', met: true },
    { figure: 'Requests before first row', measured: `${r.firstRows.requestsBeforeFirstRow} to Wix, ${r.firstRows.listRequestsBeforeFirstRow} of them file lists`, target: '1 list request', met: r.firstRows.listRequestsBeforeFirstRow === 1 },
    { figure: 'First rows, 100,000 files', measured: `${spread(r.deepLibrary.page)} = ${r.deepLibrary.ratioTo10k}× the 10,000 case`, target: '≤ 1.2×', met: r.deepLibrary.ratioTo10k <= 1.2 },
    ...(r.history
      ? [
          {
            figure: `Links view first rows, ${r.history.linkHistorySize.toLocaleString('en')} links`,
            measured: `${spread(r.history.links)} vs Files view ${ms(r.history.filesFirstRowsMs)} = ${r.history.ratioToFiles}×`,
            target: '≤ 1.2× Files view',
            met: r.history.ratioToFiles <= 1.2,
          },
          {
            figure: 'Link queries before the first link row',
            measured: String(r.history.listQueriesBeforeFirstRow),
            target: '1',
            met: r.history.listQueriesBeforeFirstRow === 1,
          },
        ]
      : []),
    { figure: 'Bulk, 100 files, 100 ms latency', measured: `${spread(r.bulk.clean)} = ${r.bulk.ratioToIdeal}× ideal ${ms(r.bulk.idealMs)}`, target: '≤ 1.25× ideal', met: r.bulk.ratioToIdeal <= 1.25 },
    { figure: 'Bulk with 20% 429/500', measured: `${spread(r.bulk.faults)} = ${r.bulk.faultRatioToIdeal}× ideal`, target: '≤ 2.5× ideal', met: r.bulk.faultRatioToIdeal <= 2.5 },
    { figure: 'Bulk files accounted for', measured: `${r.bulk.accountedFor}/${r.bulk.files} in every run, ${r.bulk.duplicates} twice`, target: 'all, none twice', met: r.bulk.accountedFor === r.bulk.files && r.bulk.duplicates === 0 },
    { figure: 'Web-method overhead', measured: `${ms(r.webMethodOverhead.transportMedianMs)} − ${ms(r.webMethodOverhead.directMedianMs)} direct = ${r.webMethodOverhead.medianMs} ms`, target: '≤ 10 ms', met: r.webMethodOverhead.medianMs <= 10 },
    ...(r.secureLink ? secureLinkRows(r.secureLink) : []),
  ];
}

export function secureLinkRows(s: NonNullable<BenchResults['secureLink']>): Row[] {
  return [
    { figure: 'Secure link: Wix calls per download, warm', measured: `${s.wixCallsPerDownload} (most in any of the runs)`, target: '≤ 3', met: s.wixCallsPerDownload <= 3 },
    { figure: 'Secure link: Wix calls for forged tokens', measured: `${s.forgedTokenWixCalls} for ${s.forgedTokens} tokens`, target: '= 0', met: s.forgedTokenWixCalls === 0 },
    { figure: `Secure link: redirect, ${s.latencyMs} ms Wix latency`, measured: `${spread(s.redirect)} = ${s.redirectRatioToIdeal}× ideal ${ms(s.idealMs)}`, target: '≤ 1.2× ideal', met: s.redirectRatioToIdeal <= 1.2 },
    { figure: `Secure link: ${s.concurrentClicks} clicks at once on a ${s.concurrentLimit}-download link`, measured: `redirects per run ${s.concurrentRedirects.join(', ')}; over the limit ${s.concurrentOverLimit}`, target: '= 0 over', met: s.concurrentOverLimit === 0 },
  ];
}

export function printReport(r: BenchResults): void {
  printRows(reportRows(r));
  const m = r.machine;
  console.log(`\nMachine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`);
}

export function printRows(rows: Row[]): void {
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => [row.figure, row.measured, row.target][column]!.length), ['Figure', 'Measured', 'Target'][column]!.length),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(['Figure', 'Measured', 'Target', 'Met']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-') + '-|----');
  for (const row of rows) console.log(line([row.figure, row.measured, row.target, row.met ? 'yes' : 'NO']));
}
