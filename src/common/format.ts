/**
 * Locale- and zone-aware display of sizes and dates, built on Intl only: the Files view and the recipient's page
 * (secure links) both show them. Moments and relative times are in moments.ts, which the Files view never needs.
 */
import { dateTimeFormat, numberFormat } from './i18n/intl-cache';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** `sizeInBytes` arrives as a decimal string from the Media Manager ("-1" while a file is still processing). */
export function formatSize(sizeInBytes: string | null | undefined, locale: string): string {
  const bytes = Number(sizeInBytes);
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDate(date: Date | null | undefined, locale: string, zone: string): string {
  if (!date) return '';
  return dateTimeFormat(locale, { timeZone: zone, dateStyle: 'medium' }).format(date);
}
