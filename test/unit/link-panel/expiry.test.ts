import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_EXPIRY_PRESET,
  EXPIRY_PRESETS,
  minutesUntil,
  resolveExpiry,
} from '../../../src/dashboard/link-panel/expiry';
import { MAX_EXPIRATION_MINUTES } from '../../../src/common/limits';

const now = new Date('2026-03-27T12:00:00Z');

describe('presets', () => {
  it('default to 7 days and cover 1 hour to the Wix maximum of 1 year', () => {
    expect(DEFAULT_EXPIRY_PRESET).toBe('7d');
    expect(EXPIRY_PRESETS.map((p) => p.minutes)).toEqual([60, 1440, 10080, 43200, MAX_EXPIRATION_MINUTES]);
  });

  it('are durations: 7 days is 10080 minutes even across the spring-forward change', () => {
    const r = resolveExpiry({ kind: 'preset', preset: '7d' }, now, 'Europe/Berlin');
    expect(r).toEqual({ ok: true, minutes: 10080, at: new Date('2026-04-03T12:00:00Z') });
  });
});

describe('custom expiry', () => {
  it('sends one hour less than 7 days when the clocks spring forward in between', () => {
    // 27 March 13:00 CET → 3 April 13:00 CEST is 7 calendar days but only 167 hours.
    const r = resolveExpiry(
      { kind: 'custom', date: { year: 2026, month: 4, day: 3 }, time: { hour: 13, minute: 0 } },
      now,
      'Europe/Berlin',
    );
    expect(r).toEqual({ ok: true, minutes: 7 * 1440 - 60, at: new Date('2026-04-03T11:00:00Z') });
  });

  it('sends one hour more than a day when the clocks fall back in between (New York)', () => {
    const before = new Date('2026-10-31T16:00:00Z'); // 12:00 EDT
    const r = resolveExpiry(
      { kind: 'custom', date: { year: 2026, month: 11, day: 1 }, time: { hour: 12, minute: 0 } },
      before,
      'America/New_York',
    );
    expect(r).toEqual({ ok: true, minutes: 1440 + 60, at: new Date('2026-11-01T17:00:00Z') });
  });

  it('refuses a missing date, a past moment and one beyond a year', () => {
    const time = { hour: 9, minute: 0 };
    expect(resolveExpiry({ kind: 'custom', date: null, time }, now, 'UTC')).toEqual({ ok: false, reason: 'missing-date' });
    expect(resolveExpiry({ kind: 'custom', date: { year: 2026, month: 3, day: 27 }, time }, now, 'UTC')).toEqual({
      ok: false,
      reason: 'in-the-past',
    });
    expect(resolveExpiry({ kind: 'custom', date: { year: 2027, month: 3, day: 28 }, time }, now, 'UTC')).toEqual({
      ok: false,
      reason: 'too-far',
    });
  });

  it('accepts exactly one year ahead', () => {
    const r = resolveExpiry(
      { kind: 'custom', date: { year: 2027, month: 3, day: 27 }, time: { hour: 12, minute: 0 } },
      now,
      'UTC',
    );
    expect(r).toMatchObject({ ok: true, minutes: MAX_EXPIRATION_MINUTES });
  });
});

describe('minutesUntil', () => {
  it('rounds up partial minutes so a link never expires before the moment shown', () => {
    expect(minutesUntil(new Date(now.getTime() + 61_000), now)).toBe(2);
    expect(minutesUntil(new Date(now.getTime() + 60_000), now)).toBe(1);
  });

  it('always lands in 1..525600 and never before the target moment', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e11 }), (deltaMs) => {
        const m = minutesUntil(new Date(now.getTime() + deltaMs), now);
        expect(Number.isInteger(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(1);
        expect(m).toBeLessThanOrEqual(MAX_EXPIRATION_MINUTES);
        if (deltaMs > 0 && deltaMs <= MAX_EXPIRATION_MINUTES * 60_000) expect(m * 60_000).toBeGreaterThanOrEqual(deltaMs);
      }),
    );
  });
});
