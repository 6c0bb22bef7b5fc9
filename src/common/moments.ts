/**
 * Exact moments ("Tue, 14 Oct 2025, 17:00 CEST (Europe/Berlin)") and relative times ("in 7 days"), built on Intl
 * only: the link panel, the Links view and the recipient's page show them; the Files view does not, so the page
 * loads them with the views (shared/views-kit.ts), not before its first rows.
 */
import { dateTimeFormat, relativeTimeFormat } from './i18n/intl-cache';

/**
 * "Tue, 14 Oct 2025, 17:00 CEST (Europe/Berlin)": the exact instant, with the zone's place name added because
 * short names such as "GMT+1" or "CST" are ambiguous. UTC needs no place, so it is named once.
 */
export function formatMoment(at: Date, locale: string, zone: string): string {
  const formatter = dateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const parts = formatter.formatToParts(at);
  const shortName = parts.find((p) => p.type === 'timeZoneName')?.value;
  const text = parts.map((p) => p.value).join('');
  const sameName = shortName === zone || shortName === formatter.resolvedOptions().timeZone;
  return sameName ? text : `${text} (${zone})`;
}

/** "in 7 days", "in 3 hours", "in 1 year": the coarsest unit that still reads naturally. */
export function formatRelative(at: Date, now: Date, locale: string): string {
  const minutes = (at.getTime() - now.getTime()) / 60_000;
  const rtf = relativeTimeFormat(locale, { numeric: 'always' });
  const abs = Math.abs(minutes);
  if (abs < 90) return rtf.format(Math.round(minutes), 'minute');
  if (abs < 24 * 60) return rtf.format(Math.round(minutes / 60), 'hour');
  if (abs < 364 * 24 * 60) return rtf.format(Math.round(minutes / (24 * 60)), 'day');
  return rtf.format(Math.round(minutes / (365 * 24 * 60)), 'year');
}
