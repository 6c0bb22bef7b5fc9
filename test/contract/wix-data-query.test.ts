/**
 * Queries through the real `@wix/data`: the filters the app uses, sort, count, and paging through 250 records
 * by offset and by cursor (both forms of the request: `GET ?.r=` and POST).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LINKS_COLLECTION_ID as C } from '../../src/backend/link-history/collection';
import { sdkError, useEmulator } from './emulator-setup';

const emulator = useEmulator();
const app = () => emulator.items('app');
const DAY = 86_400_000;
const BASE = Date.parse('2026-01-01T00:00:00.000Z');

/** 250 records: index i was created i days after BASE; every 3rd is DIRECT; every 5th has a label. */
const records = Array.from({ length: 250 }, (_, i) => ({
  _id: `link-${String(i).padStart(3, '0')}`,
  kind: i % 3 === 0 ? 'DIRECT' : 'SECURE',
  fileId: `file-${i % 10}`,
  fileName: i % 2 === 0 ? `Press kit ${i}.zip` : `Contract ${i}.pdf`,
  ...(i % 5 === 0 ? { label: `Client ${i}` } : {}),
  ...(i % 7 === 0 ? { revokedAt: new Date(BASE + i * DAY + 1000) } : {}),
  assetKeys: i % 4 === 0 ? ['src', '720p.mp4'] : ['src'],
  downloads: i % 6,
  createdAt: new Date(BASE + i * DAY),
}));

beforeAll(async () => {
  // Two bulk calls of at most 1,000 items each is what the app does per createShareLinks call; here 125 each.
  await app().bulkInsert(C, records.slice(0, 125));
  await app().bulkInsert(C, records.slice(125));
});

const ids = (items: { _id?: string }[]) => items.map((item) => item._id);
const expectedIds = (keep: (record: (typeof records)[number], i: number) => boolean) =>
  records.filter(keep).map((record) => record._id);

describe('filters', () => {
  it.each([
    ['eq', () => app().query(C).eq('kind', 'DIRECT'), (_: unknown, i: number) => i % 3 === 0],
    ['ne', () => app().query(C).ne('kind', 'DIRECT'), (_: unknown, i: number) => i % 3 !== 0],
    ['gt on dates', () => app().query(C).gt('createdAt', new Date(BASE + 240 * DAY)), (_: unknown, i: number) => i > 240],
    ['ge', () => app().query(C).ge('downloads', 5), (_: unknown, i: number) => i % 6 >= 5],
    ['lt on dates', () => app().query(C).lt('createdAt', new Date(BASE + 3 * DAY)), (_: unknown, i: number) => i < 3],
    ['le', () => app().query(C).le('downloads', 0), (_: unknown, i: number) => i % 6 === 0],
    ['hasSome on a text field', () => app().query(C).hasSome('fileId', ['file-1', 'file-2']), (_: unknown, i: number) => i % 10 === 1 || i % 10 === 2],
    ['hasSome on an array field', () => app().query(C).hasSome('assetKeys', ['720p.mp4']), (_: unknown, i: number) => i % 4 === 0],
    ['isEmpty', () => app().query(C).isEmpty('revokedAt'), (_: unknown, i: number) => i % 7 !== 0],
    ['isNotEmpty', () => app().query(C).isNotEmpty('label'), (_: unknown, i: number) => i % 5 === 0],
    ['contains, ignoring case', () => app().query(C).contains('fileName', 'PRESS KIT 1'), (_: unknown, i: number) => i % 2 === 0 && String(i).startsWith('1')],
    ['startsWith, ignoring case', () => app().query(C).startsWith('label', 'client 2'), (_: unknown, i: number) => i % 5 === 0 && String(i).startsWith('2')],
    ['or', () => app().query(C).eq('kind', 'DIRECT').or(app().query(C).isNotEmpty('label')), (_: unknown, i: number) => i % 3 === 0 || i % 5 === 0],
    [
      'and of several conditions',
      () => app().query(C).eq('kind', 'SECURE').isEmpty('revokedAt').ge('createdAt', new Date(BASE + 100 * DAY)),
      (_: unknown, i: number) => i % 3 !== 0 && i % 7 !== 0 && i >= 100,
    ],
  ])('%s', async (_name, build, keep) => {
    const result = await build().ascending('createdAt').limit(1000).find();
    expect(ids(result.items)).toEqual(expectedIds(keep));
    expect(result.items.length).toBeGreaterThan(0);
  });

  it('counts with the same filters', async () => {
    expect(await app().query(C).count()).toBe(250);
    expect(await app().query(C).eq('kind', 'DIRECT').isEmpty('revokedAt').count()).toBe(expectedIds((_, i) => i % 3 === 0 && i % 7 !== 0).length);
  });

  it('sorts by several fields, descending and ascending', async () => {
    const result = await app().query(C).descending('downloads').ascending('createdAt').limit(1000).find();
    const expected = [...records].sort((a, b) => b.downloads - a.downloads || a.createdAt.getTime() - b.createdAt.getTime());
    expect(ids(result.items)).toEqual(expected.map((record) => record._id));
  });

  it('sends a long query by POST and answers it the same way', async () => {
    const fileIds = Array.from({ length: 150 }, (_, i) => `file-${i}-${'x'.repeat(20)}`).concat(['file-3']);
    const result = await app().query(C).hasSome('fileId', fileIds).ascending('createdAt').find();
    expect(ids(result.items)).toEqual(expectedIds((_, i) => i % 10 === 3));
    const log = (await emulator.control('requests')) as { method: string; path: string }[];
    expect(log.at(-1)).toMatchObject({ method: 'POST', path: '/wix-data/v2/items/query' });
  });
});

describe('paging through 250 records', () => {
  it('by offset: skip and limit, with total and hasNext, and a default page of 50', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 250; offset += 100) {
      const page = await app().query(C).ascending('createdAt').skip(offset).limit(100).find({ returnTotalCount: true });
      expect(page.totalCount).toBe(250);
      expect(page.hasNext()).toBe(offset + 100 < 250);
      seen.push(...ids(page.items).map(String));
    }
    expect(seen).toEqual(records.map((record) => record._id));
    expect((await app().query(C).find()).items).toHaveLength(50);
  });

  it('by offset through next() when a page is larger than a cursor page (over 100)', async () => {
    let page = await app().query(C).ascending('createdAt').limit(120).find();
    const seen = ids(page.items);
    while (page.hasNext()) {
      page = await page.next();
      seen.push(...ids(page.items));
    }
    expect(seen).toEqual(records.map((record) => record._id));
    const log = (await emulator.control('requests')) as { path: string }[];
    expect(log.filter((entry) => entry.path === '/wix-data/v2/items/query').length).toBeGreaterThanOrEqual(3);
  });

  it('by cursor through next(): the filter and sort ride in the cursor, and the last page has no next', async () => {
    let page = await app().query(C).eq('kind', 'SECURE').descending('createdAt').limit(30).find();
    const seen = ids(page.items);
    let pages = 1;
    while (page.hasNext()) {
      page = await page.next();
      seen.push(...ids(page.items));
      pages++;
    }
    const expected = records.filter((_, i) => i % 3 !== 0).reverse().map((record) => record._id);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 30));
    await expect(page.next()).rejects.toThrow();
  });

  it('refuses a cursor page over 100 and an offset page over 1,000', async () => {
    const post = (query: unknown) =>
      fetch(`${emulator.url}/wix-data/v2/items/query`, {
        method: 'POST',
        headers: { Authorization: emulator.tokens.app },
        body: JSON.stringify({ dataCollectionId: C, query }),
      });
    expect((await post({ cursorPaging: { limit: 100 } })).status).toBe(200);
    expect((await post({ cursorPaging: { limit: 101 } })).status).toBe(400);
    expect((await post({ paging: { limit: 1000 } })).status).toBe(200);
    expect((await post({ paging: { limit: 1001 } })).status).toBe(400);
    expect((await sdkError(app().query(C).limit(1001).find())).message).toMatch(/1000/);
  });
});
