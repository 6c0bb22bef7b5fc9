/**
 * The link history end to end inside the backend: the real web methods, called as Wix would call them, with the
 * real @wix/sdk, @wix/media, @wix/data and @wix/essentials against the emulator. No mocks: failures come from
 * the emulator itself (a caller the collection does not admit, injected faults).
 */
import { describe, expect, it } from 'vitest';
import { createEmulatorDataClient } from '../../local/wix-client';
import { LINKS_COLLECTION_ID } from '../../src/backend/link-history/collection';
import {
  countActiveLinks,
  createShareLinks,
  deleteShareLink,
  listShareLinks,
} from '../../src/backend/share-links.web';
import { historyMessages } from '../../src/common/link-history-messages';
import type { ShareLinkRecord } from '../../src/common/link-history';
import { useWixContext } from './web-method-context';

const IMAGE = 'd4dde1_dee18c9ada174a818ccf75c50e72c739~mv2.jpg';
const LOGO = '9c1e7a_5b0f3d2e8a4c4f6b9d1e7a2c3b4d5e6f~mv2.png';
const AUDIO = '4acbb8_7596aeebcf5c41eca01c0d99667ac967.mp3';
const BULK_INSERT = '/wix-data/v2/bulk/items/insert';
const GET_FILES = '/site-media/v1/files/get-files';

const wix = useWixContext();
const isWixDataCall = (request: { path: string }) => request.path.startsWith('/wix-data/');
const HOUR = 3_600_000;

async function created(fileIds: string[], options: Record<string, unknown> = {}) {
  // Direct links by default here: these tests are about the history of Wix's own URLs.
  const response = await createShareLinks(fileIds, { kind: 'DIRECT', ...options });
  if (!response.ok) throw new Error(response.error.message);
  return response;
}

async function listed(query: Parameters<typeof listShareLinks>[0] = {}): Promise<{ links: ShareLinkRecord[]; nextCursor?: string }> {
  const response = await listShareLinks(query);
  if (!response.ok) throw new Error(response.error.message);
  return response;
}

/** Records written straight through @wix/data as the app, for states a test cannot wait for (long expired). */
async function seed(count: number, at: (index: number) => { createdAt: Date; expiresAt: Date }) {
  const { items } = createEmulatorDataClient(wix().emulator.url, wix().tokens.app);
  const records = Array.from({ length: count }, (_, index) => ({
    _id: `seeded-${String(index).padStart(4, '0')}`,
    kind: 'DIRECT',
    fileId: LOGO,
    fileName: `Seeded ${index}.png`,
    mediaType: 'IMAGE',
    assetKeys: ['src'],
    links: [{ assetKey: 'src', url: `https://example.invalid/${index}` }],
    contentDisposition: 'ATTACHMENT',
    downloads: 0,
    failedPasswordAttempts: 0,
    ...at(index),
  }));
  await items.bulkInsert(LINKS_COLLECTION_ID, records);
}

describe('createShareLinks keeps a history', () => {
  it('records every link of a call with one file lookup and one bulk insert, with Wix’s file names', async () => {
    const response = await created([IMAGE, AUDIO, 'missing_file.pdf'], { label: ' Press team ', expirationInMinutes: 90, contentDisposition: 'INLINE' });
    expect(response).not.toHaveProperty('warnings');
    const made = response.results.filter((result) => result.ok);
    expect(made).toHaveLength(2);

    const dataAndLookups = (await wix().requests()).filter((r) => isWixDataCall(r) || r.path === GET_FILES);
    expect(dataAndLookups).toEqual([
      { method: 'POST', path: GET_FILES, status: 200 },
      { method: 'POST', path: BULK_INSERT, status: 200 },
    ]);
    expect(wix().sent.find((s) => s.path === BULK_INSERT)?.authorization).toBe(wix().tokens.app);

    const { links } = await listed();
    expect(links.map((l) => [l.linkId, l.fileId, l.fileName, l.mediaType, l.label, l.status, l.kind]).sort()).toEqual(
      [
        [made[0]!.ok && made[0]!.linkId, IMAGE, 'neom-AdkJ-LgpTrE-unsplash.jpg', 'IMAGE', 'Press team', 'ACTIVE', 'DIRECT'],
        [made[1]!.ok && made[1]!.linkId, AUDIO, 'Feel Good (demo tone).mp3', 'AUDIO', 'Press team', 'ACTIVE', 'DIRECT'],
      ].sort(),
    );
    for (const result of made) {
      if (!result.ok) continue;
      const record = links.find((link) => link.linkId === result.linkId);
      expect(record?.links).toEqual(result.links);
      expect(record?.expiresAt).toBe(result.expiresAt);
      expect(Date.parse(result.expiresAt) - Date.parse(record?.createdAt ?? '')).toBe(90 * 60_000);
    }
  });

  it('stores the file size from Wix for the recipient’s page', async () => {
    const response = await created([LOGO]);
    const linkId = response.results[0]?.ok ? response.results[0].linkId : '';
    const { items } = createEmulatorDataClient(wix().emulator.url, wix().tokens.app);
    const stored = await items.get(LINKS_COLLECTION_ID, linkId);
    expect(stored?.sizeInBytes).toEqual(expect.any(Number));
    expect(stored?.sizeInBytes).toBeGreaterThan(0);
  });

  it('still returns every link, with a warning, when the collection refuses the caller', async () => {
    // The owner's token where the app's belongs: Media Manager accepts it, the PRIVILEGED collection does not.
    wix().enter(wix().tokens.admin);
    const response = await created([IMAGE, LOGO]);
    expect(response.results.every((result) => result.ok)).toBe(true);
    expect(response.warnings).toEqual([
      {
        code: 'HISTORY_NOT_SAVED',
        unsaved: 2,
        reason: 'HISTORY_PERMISSION_DENIED',
        message: historyMessages.historyNotSaved(2, historyMessages.historyPermissionDenied),
      },
    ]);
    expect((await wix().requests()).filter(isWixDataCall)).toEqual([{ method: 'POST', path: BULK_INSERT, status: 403 }]);
  });
});

describe('listShareLinks', () => {
  it('pages through 250 records, 50 at a time by default, newest first, each exactly once', async () => {
    const start = Date.now();
    await seed(250, (index) => ({ createdAt: new Date(start - index * 60_000), expiresAt: new Date(start + HOUR) }));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listed(cursor ? { cursor } : {});
      pages += 1;
      expect(page.links.length).toBe(50);
      seen.push(...page.links.map((link) => link.linkId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, index) => `seeded-${String(index).padStart(4, '0')}`));
  });

  it('filters by status, file and search (file name or label, any case), and sorts by expiry', async () => {
    const start = Date.now();
    await seed(6, (index) => ({ createdAt: new Date(start - 10 * HOUR), expiresAt: new Date(start + (index % 2 === 0 ? -1 : 1) * (index + 1) * HOUR) }));
    await created([AUDIO], { label: 'Client REVIEW' });

    const expired = await listed({ status: 'EXPIRED', sort: 'EXPIRES_DESC' });
    expect(expired.links.map((l) => l.linkId)).toEqual(['seeded-0000', 'seeded-0002', 'seeded-0004']);
    expect(expired.links.every((l) => l.status === 'EXPIRED')).toBe(true);

    const active = await listed({ status: 'ACTIVE', fileId: LOGO, sort: 'EXPIRES_ASC' });
    expect(active.links.map((l) => l.linkId)).toEqual(['seeded-0001', 'seeded-0003', 'seeded-0005']);

    expect((await listed({ search: 'review' })).links.map((l) => l.fileName)).toEqual(['Feel Good (demo tone).mp3']);
    expect((await listed({ search: 'SEEDED 4' })).links.map((l) => l.linkId)).toEqual(['seeded-0004']);
    expect((await listed({ status: 'REVOKED' })).links).toEqual([]);
  });

  it('answers Wix Data trouble as a sentence, never a throw', async () => {
    await wix().faults({ errorRate: 1, statuses: [503] });
    expect(await listShareLinks({})).toEqual({ ok: false, error: { code: 'UPSTREAM_ERROR', message: historyMessages.historyUpstreamError } });
    await wix().faults({ errorRate: 1, statuses: [429] });
    expect(await listShareLinks({})).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: historyMessages.historyRateLimited } });
  });

  it('refuses a bad query before calling Wix', async () => {
    expect(await listShareLinks({ limit: 500 })).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'limit', message: historyMessages.limitInvalid },
    });
    expect((await wix().requests()).filter(isWixDataCall)).toEqual([]);
  });
});

describe('deleteShareLink and countActiveLinks', () => {
  it('deletes a link from the history, and says so when it is already gone', async () => {
    const response = await created([IMAGE]);
    const linkId = response.results[0]?.ok ? response.results[0].linkId : '';
    expect(await deleteShareLink(linkId)).toEqual({ ok: true });
    expect((await listed()).links).toEqual([]);
    expect(await deleteShareLink(linkId)).toEqual({ ok: false, error: { code: 'LINK_NOT_FOUND', message: historyMessages.linkNotFound } });
  });

  it('counts the active links of a page of files with one query', async () => {
    const start = Date.now();
    await seed(4, (index) => ({ createdAt: new Date(start - HOUR), expiresAt: new Date(start + (index === 0 ? -HOUR : HOUR)) }));
    await created([IMAGE, AUDIO]);
    await created([IMAGE]);
    const before = (await wix().requests()).length;
    expect(await countActiveLinks([IMAGE, AUDIO, LOGO, 'unshared_file.pdf'])).toEqual({
      ok: true,
      counts: { [IMAGE]: 2, [AUDIO]: 1, [LOGO]: 3, 'unshared_file.pdf': 0 },
    });
    expect((await wix().requests()).slice(before).filter(isWixDataCall)).toHaveLength(1);
  });
});
