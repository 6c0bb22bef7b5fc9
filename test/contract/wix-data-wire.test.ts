/**
 * What the real `@wix/data@1.0.521` puts on the wire for every call the emulator answers, recorded through a
 * fetch that sees each request before the emulator does, and compared with the captured shapes in
 * fixtures/wix-data-requests.json. If an SDK upgrade changes a path or a body, this fails before the emulator
 * silently answers something the SDK no longer sends.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emulatorFetch, createEmulatorDataClient } from '../../local/wix-client';
import { LINKS_COLLECTION_ID as C } from '../../src/backend/link-history/collection';
import { useEmulator } from './emulator-setup';

type Recorded = { call: string; method: string; path: string; query?: Record<string, string>; body?: unknown; headers: string[] };

const fixture = JSON.parse(readFileSync(new URL('./fixtures/wix-data-requests.json', import.meta.url), 'utf8')) as Recorded[];
const emulator = useEmulator();
const WHEN = new Date('2026-01-02T03:04:05.000Z');

/** The cursor is the emulator's own opaque string; only its presence belongs to the SDK's wire format. */
function maskCursor(body: unknown): unknown {
  const text = JSON.stringify(body);
  return JSON.parse(text.replace(/"cursor":"[^"]+"/g, '"cursor":"<cursor from the previous page>"'));
}

async function recordEveryCall(): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  let call = '';
  const toEmulator = emulatorFetch(emulator.url);
  const recording: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    const encoded = url.searchParams.get('.r');
    const query = Object.fromEntries([...url.searchParams].filter(([key]) => key !== '.r'));
    const body = encoded ? JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) : text ? JSON.parse(text) : undefined;
    recorded.push({
      call,
      method: request.method,
      path: url.pathname + (encoded ? '?.r=<base64url of the body>' : ''),
      ...(Object.keys(query).length > 0 ? { query } : {}),
      ...(body === undefined ? {} : { body: maskCursor(body) }),
      headers: [...request.headers.keys()].sort(),
    });
    return toEmulator(request);
  };
  const { items } = createEmulatorDataClient(emulator.url, emulator.tokens.app, recording);
  const step = async (name: string, run: () => Promise<unknown>) => {
    call = name;
    await run();
  };

  await step('insert', () => items.insert(C, { kind: 'DIRECT', fileId: 'f1', createdAt: WHEN }));
  await step('insert with _id', () => items.insert(C, { _id: 'link-1', kind: 'SECURE', downloads: 0, maxDownloads: 5 }));
  await step('bulkInsert', () => items.bulkInsert(C, [{ kind: 'DIRECT', label: 'a' }, { _id: 'link-2', kind: 'SECURE' }]));
  await step('get', () => items.get(C, 'link-1'));
  await step('get of a missing item', () => items.get(C, 'missing'));
  await step('query: every filter the app uses, sort, offset paging, total', () =>
    items
      .query(C)
      .eq('kind', 'SECURE')
      .ne('fileId', 'f9')
      .gt('downloads', -1)
      .ge('expiresAt', WHEN)
      .lt('createdAt', WHEN)
      .le('maxDownloads', 10)
      .hasSome('fileId', ['f1', 'f2'])
      .isEmpty('revokedAt')
      .isNotEmpty('kind')
      .contains('fileName', 'Press')
      .startsWith('label', 'Cli')
      .descending('createdAt')
      .ascending('fileName')
      .skip(10)
      .limit(20)
      .find({ returnTotalCount: true }),
  );
  await step('query: or', () => items.query(C).eq('kind', 'DIRECT').or(items.query(C).gt('downloads', 2)).find());
  await step('query: a URL over 2,048 characters goes by POST', () =>
    items.query(C).hasSome('fileId', Array.from({ length: 120 }, (_, i) => `9c1e7a_${String(i).padStart(32, '0')}`)).find(),
  );
  await step('query: first page, then next() by cursor', async () => {
    const first = await items.query(C).ascending('_createdDate').limit(1).find();
    await first.next();
  });
  await step('update with condition', () => items.update(C, { _id: 'link-1', kind: 'SECURE', downloads: 1 }, { condition: items.filter().eq('downloads', 0) }));
  await step('patch: increment, set, remove, with condition', () =>
    items
      .patch(C, 'link-1')
      .incrementField('downloads', 1)
      .setField('lastDownloadAt', WHEN)
      .removeField('label')
      .run({ condition: items.filter().lt('downloads', 5).isEmpty('revokedAt') }),
  );
  await step('count', () => items.query(C).eq('kind', 'SECURE').count());
  await step('remove', () => items.remove(C, 'link-2'));
  return recorded;
}

describe('@wix/data on the wire', () => {
  it('sends exactly the captured requests for every call the emulator answers', async () => {
    const recorded = await recordEveryCall();
    if (process.env.WRITE_WIX_DATA_FIXTURE === '1') {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(new URL('./fixtures/wix-data-requests.json', import.meta.url), `${JSON.stringify(recorded, null, 2)}\n`);
    }
    expect(recorded).toEqual(fixture);
  });
});
