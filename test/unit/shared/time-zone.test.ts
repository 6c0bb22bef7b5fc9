import { describe, expect, it } from 'vitest';
import { isoWithOffset, wallTimeOf, zonedWallTimeToInstant, zoneOffsetMinutes } from '../../../src/dashboard/shared/time-zone';

const wall = (s: string) => {
  const [d = '', t = ''] = s.split(' ');
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  const [hour, minute] = t.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
};

describe('zone offsets', () => {
  it('reads summer and winter offsets of Berlin and New York', () => {
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-01-01T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(new Date('2026-01-01T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });
});

describe('zonedWallTimeToInstant', () => {
  it('converts an ordinary wall time in each zone', () => {
    expect(zonedWallTimeToInstant(wall('2026-07-01 17:00'), 'Europe/Berlin').toISOString()).toBe('2026-07-01T15:00:00.000Z');
    expect(zonedWallTimeToInstant(wall('2026-01-15 09:30'), 'Asia/Kolkata').toISOString()).toBe('2026-01-15T04:00:00.000Z');
  });

  it('keeps a late-evening time on the picked calendar day west of UTC (no off-by-a-day)', () => {
    const at = zonedWallTimeToInstant(wall('2026-11-01 23:30'), 'America/New_York');
    expect(at.toISOString()).toBe('2026-11-02T04:30:00.000Z');
    expect(wallTimeOf(at, 'America/New_York')).toEqual(wall('2026-11-01 23:30'));
  });

  it('moves a time skipped by the spring-forward jump forward by the gap', () => {
    const at = zonedWallTimeToInstant(wall('2026-03-29 02:30'), 'Europe/Berlin');
    expect(at.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(wallTimeOf(at, 'Europe/Berlin')).toEqual(wall('2026-03-29 03:30'));
  });

  it('resolves a time that occurs twice in autumn to the first occurrence', () => {
    const at = zonedWallTimeToInstant(wall('2026-10-25 02:30'), 'Europe/Berlin');
    expect(at.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips every quarter hour through a DST week in New York', () => {
    for (let h = 0; h < 24 * 7; h += 0.25) {
      const instant = new Date(Date.UTC(2026, 2, 5) + h * 3_600_000);
      const back = zonedWallTimeToInstant(wallTimeOf(instant, 'America/New_York'), 'America/New_York');
      expect(back.getTime()).toBe(instant.getTime());
    }
  });
});

describe('isoWithOffset', () => {
  it('writes the local time with the offset in force at that instant', () => {
    expect(isoWithOffset(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:30:00+02:00');
    expect(isoWithOffset(new Date('2026-03-29T00:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29T01:30:00+01:00');
    expect(isoWithOffset(new Date('2026-01-01T00:00:00Z'), 'America/St_Johns')).toBe('2025-12-31T20:30:00-03:30');
    expect(isoWithOffset(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01T00:00:00+00:00');
  });
});

describe('date and time field text', () => {
  it('round-trips and rejects impossible values', async () => {
    const { parseDateText, parseTimeText, toDateText, toTimeText } = await import('../../../src/dashboard/shared/time-zone');
    expect(parseDateText('2026-04-03')).toEqual({ year: 2026, month: 4, day: 3 });
    expect(toDateText({ year: 2026, month: 4, day: 3 })).toBe('2026-04-03');
    expect(parseDateText('2026-02-30')).toBeNull();
    expect(parseDateText('')).toBeNull();
    expect(parseTimeText('07:05')).toEqual({ hour: 7, minute: 5 });
    expect(parseTimeText('07:05:30')).toEqual({ hour: 7, minute: 5 });
    expect(toTimeText({ hour: 7, minute: 5 })).toBe('07:05');
    expect(parseTimeText('25:00')).toBeNull();
  });
});
