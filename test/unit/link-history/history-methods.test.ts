import { describe, expect, it } from 'vitest';
import {
  countActiveLinksWith,
  deleteShareLinkWith,
  listShareLinksWith,
} from '../../../src/backend/link-history/history-methods';
import { historyMessages } from '../../../src/common/link-history-messages';
import { fakeStore } from './fake-store';

const now = new Date('2026-05-01T12:00:00Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

/** A stored item as @wix/data returns it: Dates, and the fields a record has. */
const item = (id: string, fields: Record<string, unknown> = {}) => ({
  _id: id,
  kind: 'DIRECT',
  fileId: 'f1',
  fileName: 'Brochure.pdf',
  mediaType: 'DOCUMENT',
  links: [{ assetKey: 'src', url: `https://download.example/${id}` }],
  createdAt: hours(-2),
  expiresAt: hours(5),
  _createdDate: hours(-2),
  ...fields,
});

describe('listShareLinksWith', () => {
  it('answers each record with its status derived now and ISO dates, and a cursor for the next page', async () => {
    const { store, queries } = fakeStore({
      query: [{ items: [item('a', { label: 'Press' }), item('b', { expiresAt: hours(-1) })], next: { cursor: 'W1' } }],
    });
    const response = await listShareLinksWith({ store, now: () => now }, { limit: 2 });
    expect(queries[0]?.limit).toBe(2);
    expect(response).toEqual({
      ok: true,
      nextCursor: 'c.W1',
      links: [
        {
          linkId: 'a',
          kind: 'DIRECT',
          fileId: 'f1',
          fileName: 'Brochure.pdf',
          mediaType: 'DOCUMENT',
          label: 'Press',
          createdAt: hours(-2).toISOString(),
          expiresAt: hours(5).toISOString(),
          status: 'ACTIVE',
          links: [{ assetKey: 'src', url: 'https://download.example/a' }],
        },
        expect.objectContaining({ linkId: 'b', status: 'EXPIRED' }),
      ],
    });
  });

  it('shows download figures of secure links but never their password hash', async () => {
    const secure = item('s', { kind: 'SECURE', links: undefined, downloads: 2, maxDownloads: 5, passwordHash: 'pbkdf2-sha256$1$s$h', failedPasswordAttempts: 1 });
    const response = await listShareLinksWith({ store: fakeStore({ query: [{ items: [secure] }] }).store, now: () => now }, undefined);
    expect(response.ok && response.links[0]).toMatchObject({ downloads: 2, maxDownloads: 5, hasPassword: true, failedPasswordAttempts: 1, links: [] });
    expect(JSON.stringify(response)).not.toContain('pbkdf2');
  });

  it('drops what Wix could not filter out: used-up links from ACTIVE, and items that are not link records', async () => {
    const usedUp = item('u', { kind: 'SECURE', downloads: 3, maxDownloads: 3 });
    const { store } = fakeStore({ query: [{ items: [item('a'), usedUp, { _id: 'junk' }] }] });
    const response = await listShareLinksWith({ store, now: () => now }, { status: 'ACTIVE' });
    expect(response.ok && response.links.map((link) => link.linkId)).toEqual(['a']);
  });

  it('returns validation and Wix failures as data', async () => {
    expect(await listShareLinksWith({ store: fakeStore().store, now: () => now }, { status: 'OLD' })).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'status', message: historyMessages.statusInvalid },
    });
    const fail = Object.assign(new Error('x'), { details: { applicationError: { code: 'WDE0014' } } });
    expect(await listShareLinksWith({ store: fakeStore({ fail }).store, now: () => now }, {})).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: historyMessages.historyRateLimited },
    });
  });
});

describe('deleteShareLinkWith', () => {
  it('removes the record by its id', async () => {
    const { store, removed } = fakeStore();
    expect(await deleteShareLinkWith({ store, now: () => now }, 'abc-DEF_123')).toEqual({ ok: true });
    expect(removed).toEqual(['abc-DEF_123']);
  });

  it('says when the link is no longer there, and refuses what cannot be a link id', async () => {
    expect(await deleteShareLinkWith({ store: fakeStore({ remove: false }).store, now: () => now }, 'gone')).toEqual({
      ok: false,
      error: { code: 'LINK_NOT_FOUND', message: historyMessages.linkNotFound },
    });
    for (const bad of [undefined, 7, '', 'a/b', 'x'.repeat(65)]) {
      const { store, removed } = fakeStore();
      expect(await deleteShareLinkWith({ store, now: () => now }, bad)).toEqual({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', field: 'linkId', message: historyMessages.linkIdInvalid },
      });
      expect(removed).toEqual([]);
    }
  });
});

describe('countActiveLinksWith', () => {
  it('counts active links per file from one query over all the files', async () => {
    const { store, queries } = fakeStore({
      query: [
        {
          items: [
            { _id: '1', fileId: 'f1', expiresAt: hours(1) },
            { _id: '2', fileId: 'f1', expiresAt: hours(2) },
            { _id: '3', fileId: 'f2', expiresAt: hours(1), downloads: 1, maxDownloads: 1 },
            { _id: '4', fileId: 'f2', expiresAt: hours(3), downloads: 0, maxDownloads: 1 },
          ],
        },
      ],
    });
    expect(await countActiveLinksWith({ store, now: () => now }, ['f1', 'f2', 'f3', 'f1'])).toEqual({ ok: true, counts: { f1: 2, f2: 1, f3: 0 } });
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({
      filter: { revokedAt: null, expiresAt: { $gt: now }, fileId: { $in: ['f1', 'f2', 'f3'] } },
      limit: 1000,
      fields: ['fileId', 'expiresAt', 'revokedAt', 'downloads', 'maxDownloads'],
    });
  });

  it('follows further pages only when Wix has more', async () => {
    const active = { fileId: 'f1', expiresAt: hours(1) };
    const { store, queries } = fakeStore({ query: [{ items: [active], next: { offset: 1000 } }, { items: [active] }] });
    expect(await countActiveLinksWith({ store, now: () => now }, ['f1'])).toEqual({ ok: true, counts: { f1: 2 } });
    expect(queries.map((q) => q.page)).toEqual([undefined, { offset: 1000 }]);
  });

  it('refuses anything but 1 to 100 file ids, naming the bad entry', async () => {
    const { store } = fakeStore();
    const refused = (field: string) => ({ ok: false, error: { code: 'INVALID_ARGUMENT', field, message: historyMessages.fileIdsInvalid } });
    expect(await countActiveLinksWith({ store, now: () => now }, [])).toEqual(refused('fileIds'));
    expect(await countActiveLinksWith({ store, now: () => now }, 'f1')).toEqual(refused('fileIds'));
    expect(await countActiveLinksWith({ store, now: () => now }, Array(101).fill('f'))).toEqual(refused('fileIds'));
    expect(await countActiveLinksWith({ store, now: () => now }, ['f1', '../x'])).toEqual(refused('fileIds[1]'));
  });
});
