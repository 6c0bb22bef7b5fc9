/**
 * The CSV export of created links: one row per link, expiry in the owner's zone with its offset. Loaded when the
 * owner asks for it (see ResultActions), like the shared CSV code it builds on.
 */
import { csvText, downloadCsv } from '../shared/csv';
import { linkPanelMessages } from './messages';
import { isoWithOffset } from '../shared/time-zone';

export type CsvLinkRow = { fileName: string; assetKey: string; url: string; expiresAt: string };

const CSV_HEADER = ['file name', 'asset key', 'url', 'expires at'] as const;

export function linksToCsv(rows: readonly CsvLinkRow[], zone: string): string {
  return csvText(
    CSV_HEADER,
    rows.map((row) => [row.fileName, row.assetKey, row.url, isoWithOffset(new Date(row.expiresAt), zone)]),
  );
}

export function downloadLinksCsv(rows: readonly CsvLinkRow[], zone: string): void {
  downloadCsv(linksToCsv(rows, zone), linkPanelMessages.csvFileName);
}
