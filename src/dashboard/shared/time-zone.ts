/**
 * Wall-clock time in a named IANA zone, computed with Intl only. The page must show and accept times in the
 * owner's zone while the backend only ever sees minutes from now, so every conversion goes through here.
 */
import { dateTimeFormat } from '../../common/i18n/intl-cache';

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const partsFormatter = (zone: string): Intl.DateTimeFormat =>
  dateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

function zonedFields(instant: Date, zone: string): WallTime & { second: number } {
  const parts = partsFormatter(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

export function wallTimeOf(instant: Date, zone: string): WallTime {
  const { year, month, day, hour, minute } = zonedFields(instant, zone);
  return { year, month, day, hour, minute };
}

/** Offset of `zone` from UTC at `instant`, in minutes, east positive (Berlin in summer: 120). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const f = zonedFields(instant, zone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / MINUTE_MS);
}

const sameWall = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/**
 * The instant at which clocks in `zone` show `wall`. A time skipped by a daylight-saving jump is moved forward by
 * the size of the jump, and a time that occurs twice resolves to the first one (as Temporal's "compatible" does),
 * so an owner never gets a link that expires earlier than the moment they picked.
 */
export function zonedWallTimeToInstant(wall: WallTime, zone: string): Date {
  const naiveUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsetBefore = zoneOffsetMinutes(new Date(naiveUtc - DAY_MS), zone);
  const offsetAfter = zoneOffsetMinutes(new Date(naiveUtc + DAY_MS), zone);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => naiveUtc - offset * MINUTE_MS)
    .filter((t) => sameWall(wallTimeOf(new Date(t), zone), wall))
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? naiveUtc - offsetBefore * MINUTE_MS);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 with the zone's offset, e.g. 2026-03-29T03:30:00+02:00, for exports people read in their own zone. */
export function isoWithOffset(instant: Date, zone: string): string {
  const f = zonedFields(instant, zone);
  const offset = zoneOffsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  return `${toDateText(f)}T${toTimeText(f)}:${pad(f.second)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The text of an `<input type="date">` ("2026-04-03") and back; null for empty or malformed input. */
export const toDateText = (d: { year: number; month: number; day: number }) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

export function parseDateText(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

/** The text of an `<input type="time">` ("13:05") and back. */
export const toTimeText = (t: { hour: number; minute: number }) => `${pad(t.hour)}:${pad(t.minute)}`;

export function parseTimeText(text: string): { hour: number; minute: number } | null {
  const match = /^(\d{2}):(\d{2})/.exec(text);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? { hour, minute } : null;
}
