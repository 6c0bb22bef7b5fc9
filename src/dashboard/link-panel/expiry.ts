/**
 * Link expiry as the page thinks of it (a preset duration or a moment the owner picked) and as the backend takes
 * it (whole minutes from now, 1..525600). Pure functions: "now" and the zone are always passed in.
 */
import { MAX_EXPIRATION_MINUTES, MIN_EXPIRATION_MINUTES } from '../../common/limits';
import { zonedWallTimeToInstant, type WallTime } from '../shared/time-zone';

export type ExpiryPresetId = '1h' | '1d' | '7d' | '30d' | '1y';

export const EXPIRY_PRESETS: readonly { id: ExpiryPresetId; minutes: number }[] = [
  { id: '1h', minutes: 60 },
  { id: '1d', minutes: 24 * 60 },
  { id: '7d', minutes: 7 * 24 * 60 },
  { id: '30d', minutes: 30 * 24 * 60 },
  { id: '1y', minutes: MAX_EXPIRATION_MINUTES },
];

export const DEFAULT_EXPIRY_PRESET: ExpiryPresetId = '7d';

export type ExpiryChoice =
  | { kind: 'preset'; preset: ExpiryPresetId }
  | { kind: 'custom'; date: { year: number; month: number; day: number } | null; time: { hour: number; minute: number } };

export type ResolvedExpiry =
  | { ok: true; at: Date; minutes: number }
  | { ok: false; reason: 'missing-date' | 'in-the-past' | 'too-far' };

export const defaultExpiryChoice = (): ExpiryChoice => ({ kind: 'preset', preset: DEFAULT_EXPIRY_PRESET });

/** Whole minutes from `now` until `at`, rounded up so the link never dies before the moment shown, then clamped. */
export function minutesUntil(at: Date, now: Date): number {
  const minutes = Math.ceil((at.getTime() - now.getTime()) / 60_000);
  return Math.min(MAX_EXPIRATION_MINUTES, Math.max(MIN_EXPIRATION_MINUTES, minutes));
}

function presetMinutes(id: ExpiryPresetId): number {
  return EXPIRY_PRESETS.find((p) => p.id === id)?.minutes ?? MAX_EXPIRATION_MINUTES;
}

export function resolveExpiry(choice: ExpiryChoice, now: Date, zone: string): ResolvedExpiry {
  if (choice.kind === 'preset') {
    const minutes = presetMinutes(choice.preset);
    return { ok: true, minutes, at: new Date(now.getTime() + minutes * 60_000) };
  }
  if (!choice.date) return { ok: false, reason: 'missing-date' };
  const wall: WallTime = { ...choice.date, ...choice.time };
  const at = zonedWallTimeToInstant(wall, zone);
  const rawMinutes = (at.getTime() - now.getTime()) / 60_000;
  if (rawMinutes <= 0) return { ok: false, reason: 'in-the-past' };
  if (Math.ceil(rawMinutes) > MAX_EXPIRATION_MINUTES) return { ok: false, reason: 'too-far' };
  return { ok: true, at, minutes: minutesUntil(at, now) };
}

/** The latest moment a link can expire, for the picker's limit and the "too far" message. */
export const latestExpiry = (now: Date): Date => new Date(now.getTime() + MAX_EXPIRATION_MINUTES * 60_000);
