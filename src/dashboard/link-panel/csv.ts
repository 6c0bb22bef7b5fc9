/**
 * The CSV export of created links: one row per link, expiry in the owner's zone with its offset. Loaded when the
 * owner asks for it (see ResultActions), like the shared CSV code it builds on.
 */
import { csvText, downloadCsv } from '../shared/csv';
import { isoWithOffset } from '../shared/time-zone';
import { linkPanelMessages as m } from './messages';

export type CsvLinkRow = { fileName: string; assetKey: string; url: string; expiresAt: string };

export function linksToCsv(rows: readonly CsvLinkRow[], zone: string): string {
  // Headers in the owner's language; the values stay machine-readable (URL, format key, ISO 8601 time).
  return csvText(
    [m.csvFileNameColumn, m.csvFormatColumn, m.csvLinkColumn, m.csvExpiresColumn],
    rows.map((row) => [row.fileName, row.assetKey, row.url, isoWithOffset(new Date(row.expiresAt), zone)]),
  );
}

export function downloadLinksCsv(rows: readonly CsvLinkRow[], zone: string): void {
  downloadCsv(linksToCsv(rows, zone), m.csvFileName);
}
