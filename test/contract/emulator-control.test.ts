/** The control API: injected faults, the request log, reset, and Wix's rate limit. */
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE, sdkError, useEmulator } from './emulator-setup';

const emulator = useEmulator();

const listFilesRaw = () =>
  fetch(`${emulator.url}/site-media/v1/files?paging.limit=1`, { headers: { Authorization: emulator.tokens.admin } });

afterEach(async () => {
  await emulator.control('reset', { body: {} });
});

describe('faults', () => {
  it('fails Media Manager calls with the chosen status and a Wix system-error body', async () => {
    await emulator.control('faults', { body: { errorRate: 1, statuses: [503] } });
    const response = await listFilesRaw();
    expect(response.status).toBe(503);
    expect(response.headers.get('x-wix-request-id')).toBeTruthy();
    expect(await response.json()).toEqual({ message: '', details: {} });
    const error = await sdkError(emulator.client('admin').files.listFiles());
    expect(error.requestId).toEqual(expect.any(String));
  });

  it('sends Retry-After: 1 with an injected 429', async () => {
    await emulator.control('faults', { body: { errorRate: 1, statuses: [429] } });
    const response = await listFilesRaw();
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'RESOURCE_EXHAUSTED' } } });
  });

  it('drops the connection for status 0, and logs it with status 0', async () => {
    await emulator.control('faults', { body: { errorRate: 1, statuses: [0] } });
    await expect(listFilesRaw()).rejects.toThrow();
    await expect(emulator.client('admin').files.listFiles()).rejects.toThrow();
    const log = (await emulator.control('requests')) as { path: string; status: number }[];
    expect(log.filter((entry) => entry.path === '/site-media/v1/files').map((entry) => entry.status)).toEqual([0, 0]);
  });

  it('replays the same pass/fail sequence for the same seed', async () => {
    const sequence = async () => {
      await emulator.control('faults', { body: { errorRate: 0.5, statuses: [500, 503], seed: 7 } });
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) statuses.push((await listFilesRaw()).status);
      return statuses;
    };
    const first = await sequence();
    expect(first).toContain(200);
    expect(first.some((status) => status >= 500)).toBe(true);
    expect(await sequence()).toEqual(first);
  });

  it('leaves the control API, token-info and the download host alone, and {} clears them', async () => {
    const { downloadUrls } = await emulator.client('app').files.generateFileDownloadUrl(SAMPLE.logo);
    await emulator.control('faults', { body: { errorRate: 1, statuses: [500], latencyMs: 1 } });
    expect(await emulator.control('faults')).toMatchObject({ errorRate: 1, latencyMs: 1 });
    const info = await fetch(`${emulator.url}/oauth2/token-info`, { method: 'POST', body: JSON.stringify({ token: emulator.tokens.admin }) });
    expect(info.status).toBe(200);
    expect((await fetch(downloadUrls![0]!.url!)).status).toBe(200);
    expect((await listFilesRaw()).status).toBe(500);
    await emulator.control('faults', { body: {} });
    expect((await listFilesRaw()).status).toBe(200);
  });

  it('refuses a malformed fault configuration', async () => {
    const response = await fetch(`${emulator.url}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ errorRate: 2 }) });
    expect(response.status).toBe(400);
  });
});

describe('request log', () => {
  it('records method, path without query, status and time, and clears', async () => {
    await fetch(`${emulator.url}/__emulator/requests`, { method: 'DELETE' });
    const { files } = emulator.client('app');
    const { downloadUrls } = await files.generateFileDownloadUrl(SAMPLE.privateImage);
    await fetch(downloadUrls![0]!.url!);
    await sdkError(files.getFileDescriptor('000000_missing.jpg'));
    const log = (await emulator.control('requests')) as { method: string; path: string; status: number; at: string }[];
    expect(log.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'POST', path: '/site-media/v1/files/generate-file-download-url', status: 200 },
      { method: 'GET', path: `/media/${SAMPLE.privateImage}`, status: 200 },
      { method: 'GET', path: '/site-media/v1/files/get-file-by-id', status: 404 },
    ]);
    expect(Number.isNaN(Date.parse(log[0]!.at))).toBe(false);
    await fetch(`${emulator.url}/__emulator/requests`, { method: 'DELETE' });
    expect(await emulator.control('requests')).toEqual([]);
  });
});

describe('rate limit', () => {
  it('answers the 201st call in a minute with 429 and Retry-After, until switched off', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await listFilesRaw()).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const limited = await listFilesRaw();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const error = await sdkError(emulator.client('admin').files.listFiles());
    expect(error.details?.applicationError?.code).toBe('RESOURCE_EXHAUSTED');

    await emulator.control('rate-limit', { body: { enabled: false } });
    expect((await listFilesRaw()).status).toBe(200);
    await emulator.control('rate-limit', { body: { enabled: true } });
  });
});

describe('clock', () => {
  it('moves forward and is reset', async () => {
    const before = Date.parse(((await emulator.control('clock')) as { now: string }).now);
    const moved = Date.parse(((await emulator.control('clock', { body: { advanceMinutes: 90 } })) as { now: string }).now);
    expect(moved - before).toBeGreaterThanOrEqual(90 * 60_000);
    await emulator.control('reset', { body: {} });
    const after = Date.parse(((await emulator.control('clock')) as { now: string }).now);
    expect(after - before).toBeLessThan(90 * 60_000);
  });
});
