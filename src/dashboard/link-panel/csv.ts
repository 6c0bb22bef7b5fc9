/**
 * The CSV export of created links: one row per link, expiry in the owner's zone with its offset. The table is made
 * here, in the panel's chunk; the CSV writer is a chunk of its own, loaded when the owner asks for it (see
 * ResultActions). It must not import the other way: a chunk that imports from the panel's chunk makes the build
 * rename the panel's exports, and "Try again" after a failed download imports the panel by URL, by those names.
 */
import type { CsvTable } from '../shared/csv';
import { isoWithOffset } from '../shared/time-zone';
import { linkPanelMessages as m } from './messages';

export type CsvLinkRow = { fileName: string; assetKey: string; url: string; expiresAt: string };

export function linksTable(rows: readonly CsvLinkRow[], zone: string): CsvTable {
  // Headers in the owner's language; the values stay machine-readable (URL, format key, ISO 8601 time).
  return {
    header: [m.csvFileNameColumn, m.csvFormatColumn, m.csvLinkColumn, m.csvExpiresColumn],
    rows: rows.map((row) => [row.fileName, row.assetKey, row.url, isoWithOffset(new Date(row.expiresAt), zone)]),
  };
}
