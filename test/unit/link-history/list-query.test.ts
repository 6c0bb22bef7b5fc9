import { describe, expect, it } from 'vitest';
import { encodeLinksCursor, parseLinksQuery } from '../../../src/backend/link-history/list-query';
import { statusFilter } from '../../../src/backend/link-history/status-filter';
import { historyMessages } from '../../../src/common/link-history-messages';

const now = new Date('2026-05-01T12:00:00Z');
const NEWEST_FIRST = [
  { fieldName: 'createdAt', order: 'DESC' },
  { fieldName: '_id', order: 'ASC' },
];

const invalid = (field: string, message: string) => ({ ok: false, error: { code: 'INVALID_ARGUMENT', field, message } });

describe('parseLinksQuery', () => {
  it('lists every link, newest first, 50 per page, when no query is given', () => {
    for (const raw of [undefined, null, {}]) {
      expect(parseLinksQuery(raw, now)).toEqual({ ok: true, query: { store: { filter: {}, sort: NEWEST_FIRST, limit: 50 } } });
    }
  });

  it('searches file name and label with one $or of $contains, trimmed', () => {
    const checked = parseLinksQuery({ search: '  Press ' }, now);
    expect(checked.ok && checked.query.store.filter).toEqual({
      $or: [{ fileName: { $contains: 'Press' } }, { label: { $contains: 'Press' } }],
    });
  });

  it('ANDs status, file and search, and takes a wix: media URL as its bare file id', () => {
    const checked = parseLinksQuery(
      { status: 'EXPIRED', fileId: 'wix:image://v1/abc_1~mv2.jpg/Logo.jpg#originWidth=1', search: 'x', sort: 'EXPIRES_ASC', limit: 100 },
      now,
    );
    expect(checked).toEqual({
      ok: true,
      query: {
        status: 'EXPIRED',
        store: {
          filter: {
            $and: [
              { revokedAt: null, expiresAt: { $lte: now } },
              { fileId: 'abc_1~mv2.jpg' },
              { $or: [{ fileName: { $contains: 'x' } }, { label: { $contains: 'x' } }] },
            ],
          },
          sort: [
            { fieldName: 'expiresAt', order: 'ASC' },
            { fieldName: '_id', order: 'ASC' },
          ],
          limit: 100,
        },
      },
    });
  });

  it('resumes where the previous page ended, by Wix cursor or by offset', () => {
    for (const page of [{ cursor: 'eyJvZmZzZXQiOjUwfQ' }, { offset: 150 }]) {
      const checked = parseLinksQuery({ cursor: encodeLinksCursor(page) }, now);
      expect(checked.ok && checked.query.store.page).toEqual(page);
    }
  });

  it.each([
    [[], '', historyMessages.queryNotObject],
    [{ colour: 'red' }, 'colour', historyMessages.queryUnknown('colour')],
    [{ search: 7 }, 'search', historyMessages.searchInvalid],
    [{ search: 'x'.repeat(101) }, 'search', historyMessages.searchInvalid],
    [{ status: 'active' }, 'status', historyMessages.statusInvalid],
    [{ sort: 'NAME' }, 'sort', historyMessages.sortInvalid],
    [{ limit: 0 }, 'limit', historyMessages.limitInvalid],
    [{ limit: 101 }, 'limit', historyMessages.limitInvalid],
    [{ limit: 2.5 }, 'limit', historyMessages.limitInvalid],
    [{ limit: '10' }, 'limit', historyMessages.limitInvalid],
    [{ cursor: 'abc' }, 'cursor', historyMessages.cursorInvalid],
    [{ cursor: 'o.-1' }, 'cursor', historyMessages.cursorInvalid],
    [{ cursor: `c.${'a'.repeat(5000)}` }, 'cursor', historyMessages.cursorInvalid],
    [{ fileId: '../x' }, 'fileId', historyMessages.fileIdInvalid],
  ])('refuses %j with a sentence naming the field', (raw, field, message) => {
    const checked = parseLinksQuery(raw, now);
    expect(checked).toEqual(field ? invalid(field, message) : { ok: false, error: { code: 'INVALID_ARGUMENT', message } });
  });
});

describe('statusFilter', () => {
  it('turns each derived status back into conditions on the fields it is derived from', () => {
    expect(statusFilter('ACTIVE', now)).toEqual({ revokedAt: null, expiresAt: { $gt: now } });
    expect(statusFilter('EXPIRED', now)).toEqual({ revokedAt: null, expiresAt: { $lte: now } });
    expect(statusFilter('REVOKED', now)).toEqual({ revokedAt: { $ne: null } });
    expect(statusFilter('USED_UP', now)).toEqual({ revokedAt: null, expiresAt: { $gt: now }, maxDownloads: { $ne: null } });
  });
});
