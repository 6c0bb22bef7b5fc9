/** The CSV export of created links: one row per link, expiry in the owner's zone with its offset. */
import { isoWithOffset } from '../shared/time-zone';

export type CsvLinkRow = { fileName: string; assetKey: string; url: string; expiresAt: string };

const CSV_HEADER = ['file name', 'asset key', 'url', 'expires at'] as const;

/**
 * Quotes every cell and neutralises cells that spreadsheets would run as formulas: file names come from the
 * owner's library and may start with "=" or "+".
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function linksToCsv(rows: readonly CsvLinkRow[], zone: string): string {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  for (const row of rows) {
    const expires = isoWithOffset(new Date(row.expiresAt), zone);
    lines.push([row.fileName, row.assetKey, row.url, expires].map(csvCell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
