import { describe, expect, it } from 'vitest';
import { revokeShareLinkWith, updateShareLinkWith } from '../../../src/backend/link-history/history-methods';
import { historyMessages } from '../../../src/common/link-history-messages';
import { fakeStore } from './fake-store';

const now = new Date('2026-05-01T12:00:00Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
const deps = (store: ReturnType<typeof fakeStore>['store']) => ({ store, now: () => now });

const secureItem = (fields: Record<string, unknown> = {}) => ({
  _id: 'L1',
  kind: 'SECURE',
  fileId: 'f1',
  fileName: 'Brochure.pdf',
  mediaType: 'DOCUMENT',
  links: [{ assetKey: 'src', url: 'https://app.example/functions/l/TOKEN' }],
  createdAt: hours(-2),
  expiresAt: hours(5),
  downloads: 2,
  maxDownloads: 5,
  failedPasswordAttempts: 0,
  passwordHash: 'pbkdf2-sha256$100000$x$y',
  ...fields,
});
const directItem = (fields: Record<string, unknown> = {}) => ({ ...secureItem(fields), kind: 'DIRECT', maxDownloads: undefined, passwordHash: undefined });

describe('revokeShareLinkWith', () => {
  it('turns a secure link off now and answers it as REVOKED, without its password hash', async () => {
    const { store, patches } = fakeStore({ item: secureItem() });
    const response = await revokeShareLinkWith(deps(store), 'L1');
    expect(patches).toEqual([{ linkId: 'L1', patch: { set: { revokedAt: now }, remove: [] } }]);
    expect(response).toMatchObject({ ok: true, link: { linkId: 'L1', status: 'REVOKED', hasPassword: true, downloads: 2, maxDownloads: 5 } });
    expect(JSON.stringify(response)).not.toMatch(/pbkdf2/);
  });

  it('keeps the first moment of a link already off, writing nothing', async () => {
    const { store, patches } = fakeStore({ item: secureItem({ revokedAt: hours(-1) }) });
    expect(await revokeShareLinkWith(deps(store), 'L1')).toMatchObject({ ok: true, link: { status: 'REVOKED' } });
    expect(patches).toEqual([]);
  });

  it('refuses a direct link with a sentence saying Wix cannot withdraw it', async () => {
    const { store, patches } = fakeStore({ item: directItem() });
    expect(await revokeShareLinkWith(deps(store), 'L1')).toEqual({ ok: false, error: { code: 'LINK_IS_DIRECT', message: historyMessages.linkIsDirect } });
    expect(patches).toEqual([]);
  });

  it('answers LINK_NOT_FOUND for a link that is gone and INVALID_ARGUMENT for an id no link can have', async () => {
    const { store } = fakeStore();
    expect(await revokeShareLinkWith(deps(store), 'L1')).toMatchObject({ ok: false, error: { code: 'LINK_NOT_FOUND' } });
    expect(await revokeShareLinkWith(deps(store), '../x')).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'linkId' } });
  });

  it('maps a Wix Data failure to its error', async () => {
    const { store } = fakeStore({ fail: Object.assign(new Error('x'), { details: { applicationError: { code: 'WDE0014' } } }) });
    expect(await revokeShareLinkWith(deps(store), 'L1')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
  });
});

describe('updateShareLinkWith', () => {
  it('extends the expiry, changes the limit and the label in one patch', async () => {
    const { store, patches } = fakeStore({ item: secureItem() });
    const response = await updateShareLinkWith(deps(store), 'L1', { expiresAt: hours(48).toISOString(), maxDownloads: 10, label: ' Anna\t' });
    expect(patches[0]?.patch).toEqual({ set: { expiresAt: hours(48), maxDownloads: 10, label: 'Anna' }, remove: [] });
    expect(response).toMatchObject({ ok: true, link: { expiresAt: hours(48).toISOString(), maxDownloads: 10, label: 'Anna', status: 'ACTIVE' } });
  });

  it('removes the limit with null and the label with an empty one', async () => {
    const { store, patches } = fakeStore({ item: secureItem({ label: 'Old' }) });
    const response = await updateShareLinkWith(deps(store), 'L1', { maxDownloads: null, label: '  ' });
    expect(patches[0]?.patch).toEqual({ set: {}, remove: ['maxDownloads', 'label'] });
    expect(response.ok && response.link).not.toHaveProperty('maxDownloads');
  });

  it('allows a limit below the downloads made, which leaves the link used up', async () => {
    const { store } = fakeStore({ item: secureItem() });
    expect(await updateShareLinkWith(deps(store), 'L1', { maxDownloads: 1 })).toMatchObject({ ok: true, link: { status: 'USED_UP' } });
  });

  it.each([
    ['in the past', hours(-1).toISOString()],
    ['now', now.toISOString()],
    ['beyond a year', new Date(now.getTime() + 525_601 * 60_000).toISOString()],
    ['not a date', 'tomorrow'],
    ['a number', 5],
  ])('refuses an expiry %s, naming the field', async (_, expiresAt) => {
    const { store, patches } = fakeStore({ item: secureItem() });
    expect(await updateShareLinkWith(deps(store), 'L1', { expiresAt })).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: historyMessages.expiresAtInvalid, field: 'expiresAt' },
    });
    expect(patches).toEqual([]);
  });

  it.each([0, 10_001, 1.5, '3'])('refuses maxDownloads %j', async (maxDownloads) => {
    const { store } = fakeStore({ item: secureItem() });
    expect(await updateShareLinkWith(deps(store), 'L1', { maxDownloads })).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: historyMessages.maxDownloadsInvalid, field: 'maxDownloads' },
    });
  });

  it('refuses unknown, empty and malformed changes', async () => {
    const { store } = fakeStore({ item: secureItem() });
    expect(await updateShareLinkWith(deps(store), 'L1', { revokedAt: null })).toMatchObject({ error: { message: historyMessages.changesUnknown('revokedAt') } });
    expect(await updateShareLinkWith(deps(store), 'L1', {})).toMatchObject({ error: { message: historyMessages.changesEmpty } });
    expect(await updateShareLinkWith(deps(store), 'L1', null)).toMatchObject({ error: { message: historyMessages.changesInvalid } });
    expect(await updateShareLinkWith(deps(store), 'L1', { label: 'x'.repeat(101) })).toMatchObject({ error: { field: 'label' } });
  });

  it('refuses expiry and limit changes of a direct link, but changes its label', async () => {
    const { store, patches } = fakeStore({ item: directItem() });
    for (const changes of [{ expiresAt: hours(9).toISOString() }, { maxDownloads: 3 }, { maxDownloads: null, label: 'x' }]) {
      expect(await updateShareLinkWith(deps(store), 'L1', changes)).toMatchObject({ ok: false, error: { code: 'LINK_IS_DIRECT', message: historyMessages.linkIsDirect } });
    }
    expect(patches).toEqual([]);
    expect(await updateShareLinkWith(deps(store), 'L1', { label: 'Press' })).toMatchObject({ ok: true, link: { kind: 'DIRECT', label: 'Press' } });
  });
});
