/**
 * The secure link's figures (issue 12), measured through the shell's /functions against the built backend and
 * the emulator, as a recipient's browser reaches it:
 * - wixCallsPerDownload: requests that reached the emulator for one download by a warm function (its client
 *   already holds an OAuth token); the target is read, mint, count.
 * - forgedTokenWixCalls: requests that reached the emulator for 1,000 forged tokens.
 * - redirectRatioToIdeal: one download's time (POST to the 303) with 50 ms added to every Wix answer, against the
 *   ideal of its three Wix calls one after another.
 * - concurrentOverLimit: redirects beyond the limit when 50 recipients click a 5-download link at once.
 */
import { randomBytes } from 'node:crypto';
import type { TestApp } from '../test/e2e/support';
import { callWebMethod } from '../test/e2e/support';
import { median, ratio, summarize, type Summary } from './stats';

export const SECURE_LATENCY_MS = 50;
export const SECURE_IDEAL_MS = 3 * SECURE_LATENCY_MS;
const FORGED_TOKENS = 1_000;
const WARM_DOWNLOADS = 10;
const TIMED_DOWNLOADS = 15;
const CONCURRENT_CLICKS = 50;
const CONCURRENT_LIMIT = 5;
const CONCURRENT_RUNS = 3;

export type SecureLinkResults = {
  wixCallsPerDownload: number;
  forgedTokenWixCalls: number;
  forgedTokens: number;
  latencyMs: number;
  idealMs: number;
  redirectRatioToIdeal: number;
  redirect: Summary;
  concurrentOverLimit: number;
  concurrentClicks: number;
  concurrentLimit: number;
  concurrentRedirects: number[];
};

async function secureLink(app: TestApp, admin: string, fileId: string, maxDownloads?: number): Promise<string> {
  const linkBaseUrl = new URL('/functions', app.shellUrl).href;
  const options = { linkBaseUrl, expirationInMinutes: 60, ...(maxDownloads === undefined ? {} : { maxDownloads }) };
  const reply = await callWebMethod(app.shellUrl, admin, [[fileId], options]);
  const result = reply.body.result as { ok: boolean; results?: { ok: boolean; links?: { url: string }[] }[] };
  const url = result.results?.[0]?.links?.[0]?.url;
  if (!result.ok || !url) throw new Error(`The benchmark could not make a secure link: ${JSON.stringify(reply.body).slice(0, 300)}`);
  return url;
}

async function download(url: string): Promise<number> {
  const response = await fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  await response.arrayBuffer();
  return response.status;
}

/** Random 60-character tokens and one-character changes of a real one: all must be turned away unread. */
function forgedTokens(real: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return Array.from({ length: FORGED_TOKENS }, (_, i) => {
    const bytes = randomBytes(61);
    if (i % 2 === 0) return Array.from(bytes.subarray(0, 60), (byte) => alphabet[byte % 64]).join('');
    const at = bytes[60]! % 60;
    const char = alphabet[(alphabet.indexOf(real[at]!) + 1 + (bytes[0]! % 63)) % 64]!;
    return `${real.slice(0, at)}${char}${real.slice(at + 1)}`;
  });
}

export async function measureSecureLink(app: TestApp, fileId: string): Promise<SecureLinkResults> {
  const { admin } = await app.emulator.tokens();
  await app.emulator.clearFaults();
  const open = await secureLink(app, admin, fileId);
  // The first download is the cold one: the function's client makes its one OAuth call.
  if ((await download(open)) !== 303) throw new Error('The first secure download did not redirect.');
  const perDownload: number[] = [];
  for (let i = 0; i < WARM_DOWNLOADS; i++) {
    await app.emulator.clearRequests();
    if ((await download(open)) !== 303) throw new Error('A warm secure download did not redirect.');
    perDownload.push((await app.emulator.requests()).length);
  }

  const base = open.slice(0, -60);
  await app.emulator.clearRequests();
  for (const token of forgedTokens(open.slice(-60))) {
    const response = await fetch(`${base}${token}`, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== 404) throw new Error(`A forged token was answered ${response.status}, not 404.`);
  }
  const forgedCalls = (await app.emulator.requests()).length;

  await app.emulator.setFaults({ latencyMs: SECURE_LATENCY_MS });
  const timings: number[] = [];
  try {
    await download(open);
    for (let i = 0; i < TIMED_DOWNLOADS; i++) {
      const started = performance.now();
      if ((await download(open)) !== 303) throw new Error('A timed secure download did not redirect.');
      timings.push(performance.now() - started);
    }
  } finally {
    await app.emulator.clearFaults();
  }

  const redirects: number[] = [];
  for (let run = 0; run < CONCURRENT_RUNS; run++) {
    const limited = await secureLink(app, admin, fileId, CONCURRENT_LIMIT);
    const statuses = await Promise.all(Array.from({ length: CONCURRENT_CLICKS }, () => download(limited)));
    redirects.push(statuses.filter((status) => status === 303).length);
  }

  return {
    wixCallsPerDownload: Math.max(...perDownload),
    forgedTokenWixCalls: forgedCalls,
    forgedTokens: FORGED_TOKENS,
    latencyMs: SECURE_LATENCY_MS,
    idealMs: SECURE_IDEAL_MS,
    redirectRatioToIdeal: ratio(median(timings), SECURE_IDEAL_MS),
    redirect: summarize(timings),
    concurrentOverLimit: Math.max(...redirects.map((count) => Math.max(0, count - CONCURRENT_LIMIT))),
    concurrentClicks: CONCURRENT_CLICKS,
    concurrentLimit: CONCURRENT_LIMIT,
    concurrentRedirects: redirects,
  };
}
