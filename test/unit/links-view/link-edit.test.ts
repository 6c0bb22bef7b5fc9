import { describe, expect, it } from 'vitest';
import { checkEdit, editValuesOf } from '../../../src/dashboard/links-view/link-edit';
import { linkRules } from '../../../src/dashboard/link-panel/link-rules';

const now = new Date('2026-12-02T12:00:00Z');
const zone = 'Europe/Berlin';
const link = { expiresAt: '2026-12-09T12:00:00.000Z', maxDownloads: 5 };

describe('editValuesOf', () => {
  it('shows the expiry as a wall-clock date and time in the owner zone, and the limit as text (empty for none)', () => {
    expect(editValuesOf(linkRules, link, zone)).toEqual({ date: '2026-12-09', time: '13:00', limit: '5' });
    expect(editValuesOf(linkRules, { expiresAt: link.expiresAt }, 'UTC')).toEqual({ date: '2026-12-09', time: '12:00', limit: '' });
  });
});

describe('checkEdit', () => {
  it('sends nothing when nothing changed, even for a link whose expiry has passed', () => {
    const expired = { expiresAt: '2026-12-01T12:00:00.000Z' };
    expect(checkEdit(linkRules, editValuesOf(linkRules, expired, zone), expired, now, zone)).toEqual({ ok: true, changes: {} });
  });

  it('sends a new expiry as the instant the owner meant in their zone', () => {
    const values = { ...editValuesOf(linkRules, link, zone), date: '2026-12-20', time: '09:30' };
    expect(checkEdit(linkRules, values, link, now, zone)).toEqual({ ok: true, changes: { expiresAt: '2026-12-20T08:30:00.000Z' } });
  });

  it('sends a new limit, and null when the field is emptied', () => {
    expect(checkEdit(linkRules, { ...editValuesOf(linkRules, link, zone), limit: ' 1 ' }, link, now, zone)).toEqual({ ok: true, changes: { maxDownloads: 1 } });
    expect(checkEdit(linkRules, { ...editValuesOf(linkRules, link, zone), limit: '' }, link, now, zone)).toEqual({ ok: true, changes: { maxDownloads: null } });
  });

  it('refuses at the field what the link form refuses: a past or too-far moment, a limit out of range', () => {
    const past = checkEdit(linkRules, { ...editValuesOf(linkRules, link, zone), date: '2026-12-01' }, link, now, zone);
    expect(past).toMatchObject({ ok: false, expiry: { ok: false, reason: 'in-the-past' }, limitInvalid: false });
    const far = checkEdit(linkRules, { ...editValuesOf(linkRules, link, zone), date: '2028-01-01' }, link, now, zone);
    expect(far).toMatchObject({ ok: false, expiry: { ok: false, reason: 'too-far' } });
    const noDate = checkEdit(linkRules, { ...editValuesOf(linkRules, link, zone), date: '' }, link, now, zone);
    expect(noDate).toMatchObject({ ok: false, expiry: { ok: false, reason: 'missing-date' } });
    for (const limit of ['0', '10001', '2.5', 'five']) {
      expect(checkEdit(linkRules, { ...editValuesOf(linkRules, link, zone), limit }, link, now, zone)).toMatchObject({ ok: false, limitInvalid: true });
    }
  });
});
