/**
 * The Wix Data Items API through the real `@wix/data`: every write and read, system fields, `$date` values
 * both ways, conditional writes (atomic under concurrency) and each of Wix Data's error codes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LINKS_COLLECTION_ID as C } from '../../src/backend/link-history/collection';
import { sdkError, useEmulator } from './emulator-setup';

const emulator = useEmulator();
const app = () => emulator.items('app');

afterEach(async () => {
  await emulator.control('reset', { body: {} });
});

describe('insert, get, update, patch, remove', () => {
  it('inserts with server-made _id and system fields, and gets it back', async () => {
    const before = Date.now();
    const inserted = await app().insert(C, { kind: 'DIRECT', fileId: 'f1', assetKeys: ['src'], links: [{ assetKey: 'src', url: 'u' }] });
    expect(inserted._id).toMatch(/^[0-9a-f-]{36}$/);
    expect(inserted._createdDate).toBeInstanceOf(Date);
    expect(inserted._updatedDate).toEqual(inserted._createdDate);
    expect((inserted._createdDate as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(inserted._owner).toEqual(expect.any(String));
    expect(await app().get(C, inserted._id!)).toEqual(inserted);
  });

  it('keeps an _id the caller chose, and refuses a second item with it (WDE0074, 409)', async () => {
    await app().insert(C, { _id: 'link-1', kind: 'SECURE' });
    const error = await sdkError(app().insert(C, { _id: 'link-1', kind: 'DIRECT' }));
    expect(error.details?.applicationError?.code).toBe('WDE0074');
    expect((await app().get(C, 'link-1'))?.kind).toBe('SECURE');
  });

  it('round-trips dates as Date objects, nested ones included', async () => {
    const createdAt = new Date('2026-03-29T01:30:00.000Z');
    await app().insert(C, { _id: 'dated', createdAt, links: [{ assetKey: 'src', at: createdAt }] });
    const item = await app().get(C, 'dated');
    expect(item?.createdAt).toBeInstanceOf(Date);
    expect((item?.createdAt as Date).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect((item?.links as { at: Date }[])[0]!.at).toEqual(createdAt);
    const raw = await fetch(`${emulator.url}/wix-data/v2/items/dated?dataCollectionId=${encodeURIComponent(C)}&dataItemId=dated`, {
      headers: { Authorization: emulator.tokens.app },
    });
    expect(await raw.json()).toMatchObject({
      dataItem: { id: 'dated', dataCollectionId: C, data: { _id: 'dated', createdAt: { $date: '2026-03-29T01:30:00.000Z' } } },
    });
  });

  it('bulk-inserts in one call; a duplicate fails alone (WDE0074, which the SDK counts as skipped)', async () => {
    await app().insert(C, { _id: 'taken' });
    const result = await app().bulkInsert(C, [{ label: 'a' }, { _id: 'taken', label: 'b' }, { label: 'c' }]);
    expect(result.inserted).toBe(2);
    expect(result.insertedItemIds).toHaveLength(2);
    expect(result.skipped).toBe(1);
    expect(result.errors).toEqual([]);
    expect(await app().query(C).count()).toBe(3);
    const raw = await fetch(`${emulator.url}/wix-data/v2/bulk/items/insert`, {
      method: 'POST',
      headers: { Authorization: emulator.tokens.app },
      body: JSON.stringify({ dataCollectionId: C, dataItems: [{ id: 'taken', data: { _id: 'taken' } }] }),
    });
    expect(await raw.json()).toEqual({
      results: [{ action: 'INSERT', itemMetadata: { id: 'taken', originalIndex: 0, success: false, error: expect.objectContaining({ code: 'WDE0074' }) } }],
      bulkActionMetadata: { totalSuccesses: 0, totalFailures: 1, undetailedFailures: 0 },
    });
  });

  it('get and remove of a missing item give null (WDE0073 is how Wix says so)', async () => {
    expect(await app().get(C, 'missing')).toBeNull();
    expect(await app().remove(C, 'missing')).toBeNull();
    const raw = await fetch(`${emulator.url}/wix-data/v2/items/missing?dataCollectionId=${encodeURIComponent(C)}&dataItemId=missing`, {
      headers: { Authorization: emulator.tokens.app },
    });
    expect(raw.status).toBe(404);
    expect(await raw.json()).toMatchObject({ details: { applicationError: { code: 'WDE0073' } } });
  });

  it('update replaces every field but the system ones, and fails for a missing item', async () => {
    const inserted = await app().insert(C, { _id: 'u1', label: 'old', downloads: 2 });
    const updated = await app().update(C, { _id: 'u1', kind: 'SECURE' });
    expect(updated).toMatchObject({ _id: 'u1', kind: 'SECURE', _createdDate: inserted._createdDate, _owner: inserted._owner });
    expect(updated.label).toBeUndefined();
    expect(updated.downloads).toBeUndefined();
    expect((await sdkError(app().update(C, { _id: 'nope' }))).details?.applicationError?.code).toBe('WDE0073');
  });

  it('update honours its condition', async () => {
    await app().insert(C, { _id: 'u2', downloads: 0 });
    await app().update(C, { _id: 'u2', downloads: 1 }, { condition: app().filter().eq('downloads', 0) });
    const refused = await sdkError(app().update(C, { _id: 'u2', downloads: 9 }, { condition: app().filter().eq('downloads', 0) }));
    expect(refused.details?.applicationError?.code).toBe('WDE0073');
    expect((await app().get(C, 'u2'))?.downloads).toBe(1);
  });

  it('patch increments, sets, removes and edits arrays, leaving other fields alone', async () => {
    await app().insert(C, { _id: 'p1', label: 'keep me?', fileName: 'a.pdf', assetKeys: ['src'] });
    const at = new Date('2026-05-01T10:00:00.000Z');
    const patched = await app()
      .patch(C, 'p1')
      .incrementField('downloads', 1)
      .setField('lastDownloadAt', at)
      .removeField('label')
      .appendToArray('assetKeys', '720p.mp4')
      .run();
    expect(patched).toMatchObject({ downloads: 1, lastDownloadAt: at, fileName: 'a.pdf', assetKeys: ['src', '720p.mp4'] });
    expect(patched.label).toBeUndefined();
    const again = await app().patch(C, 'p1').incrementField('downloads', 2).removeFromArray('assetKeys', 'src').run();
    expect(again).toMatchObject({ downloads: 3, assetKeys: ['720p.mp4'] });
    expect((await sdkError(app().patch(C, 'nope').setField('a', 1).run())).details?.applicationError?.code).toBe('WDE0073');
  });

  it('a patch whose condition fails changes nothing and says WDE0073', async () => {
    await app().insert(C, { _id: 'p2', downloads: 5, maxDownloads: 5 });
    const error = await sdkError(app().patch(C, 'p2').incrementField('downloads', 1).run({ condition: app().filter().lt('downloads', 5) }));
    expect(error.details?.applicationError).toMatchObject({ code: 'WDE0073', data: { conditionNotMet: true } });
    expect((await app().get(C, 'p2'))?.downloads).toBe(5);
  });

  it('50 simultaneous conditional increments of a 5-download link: exactly 5 succeed', async () => {
    await app().insert(C, { _id: 'limited', downloads: 0, maxDownloads: 5 });
    const attempts = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        app().patch(C, 'limited').incrementField('downloads', 1).run({ condition: app().filter().lt('downloads', 5).isEmpty('revokedAt') }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(5);
    const counts = attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value.downloads] : []));
    expect([...counts].sort()).toEqual([1, 2, 3, 4, 5]);
    expect((await app().get(C, 'limited'))?.downloads).toBe(5);
  });

  it('remove returns the removed item and it is gone', async () => {
    await app().insert(C, { _id: 'r1', label: 'x' });
    expect(await app().remove(C, 'r1')).toMatchObject({ _id: 'r1', label: 'x' });
    expect(await app().get(C, 'r1')).toBeNull();
  });
});

describe("Wix Data's errors", () => {
  it('WDE0025 (404) for a collection the app did not declare', async () => {
    const error = await sdkError(app().insert('@media-share-links/unknown', { a: 1 }));
    expect(error.details?.applicationError?.code).toBe('WDE0025');
    expect((await sdkError(app().query('@media-share-links/unknown').find())).details?.applicationError?.code).toBe('WDE0025');
  });

  it('WDE0075 (400) for a malformed request or an operator Wix does not know', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${emulator.url}/wix-data/v2/${path}`, {
        method: 'POST',
        headers: { Authorization: emulator.tokens.app, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const missing = await post('items', { dataItem: { data: {} } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ details: { applicationError: { code: 'WDE0075' } } });
    const badOperator = await post('items/query', { dataCollectionId: C, query: { filter: { label: { $regex: '.*' } } } });
    expect(badOperator.status).toBe(400);
    expect(await badOperator.json()).toMatchObject({ details: { applicationError: { code: 'WDE0075' } } });
    const badCursor = await post('items/query', { dataCollectionId: C, query: { cursorPaging: { limit: 10, cursor: 'forged' } } });
    expect((await badCursor.json()) as unknown).toMatchObject({ details: { applicationError: { code: 'WDE0075' } } });
    const tooLargeCursorPage = await post('items/query', { dataCollectionId: C, query: { cursorPaging: { limit: 101 } } });
    expect(tooLargeCursorPage.status).toBe(400);
    const patchSystemField = await sdkError(
      app().insert(C, { _id: 's1' }).then(() => app().patch(C, 's1').setField('_owner', 'me').run()),
    );
    expect(patchSystemField.details?.applicationError?.code).toBe('WDE0075');
  });

  it('WDE0014 (429, Retry-After) when faults inject throttling', async () => {
    await emulator.control('faults', { body: { errorRate: 1, statuses: [429] } });
    const error = await sdkError(app().query(C).find());
    expect(error.details?.applicationError?.code).toBe('WDE0014');
    const raw = await fetch(`${emulator.url}/wix-data/v2/items/count`, {
      method: 'POST',
      headers: { Authorization: emulator.tokens.app },
      body: JSON.stringify({ dataCollectionId: C }),
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('1');
  });

  it('answers 501 for a Wix Data route it does not emulate', async () => {
    const response = await fetch(`${emulator.url}/wix-data/v2/bulk/items/remove`, { method: 'POST', headers: { Authorization: emulator.tokens.app }, body: '{}' });
    expect(response.status).toBe(501);
  });
});
