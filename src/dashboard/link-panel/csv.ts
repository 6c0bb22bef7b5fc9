/** The CSV export of created links: one row per link, expiry in the owner's zone with its offset. */
import { isoWithOffset } from '../shared/time-zone';
import { linkPanelMessages as m } from './messages';

export type CsvLinkRow = { fileName: string; assetKey: string; url: string; expiresAt: string };

/**
 * Quotes every cell and neutralises cells that spreadsheets would run as formulas: file names come from the
 * owner's library and may start with "=" or "+".
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function linksToCsv(rows: readonly CsvLinkRow[], zone: string): string {
  // Headers in the owner's language; the values stay machine-readable (URL, format key, ISO 8601 time).
  const header = [m.csvFileNameColumn, m.csvFormatColumn, m.csvLinkColumn, m.csvExpiresColumn];
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    const expires = isoWithOffset(new Date(row.expiresAt), zone);
    lines.push([row.fileName, row.assetKey, row.url, expires].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
