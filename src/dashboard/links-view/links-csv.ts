/**
 * The CSV export of the listed links: one row per link address (a record with several formats has several),
 * times in the owner's zone with their offset (`isoWithOffset`, from the link panel's rules: see link-rules.ts).
 * The table is made here, in the view's chunk; the CSV writer (shared/csv) is loaded when the owner asks for it.
 * Nothing loaded later may import from this chunk: see link-panel/csv.ts.
 */
import type { ShareLinkRecord } from '../../common/link-history';
import type { CsvTable } from '../shared/csv';
import { displayStatus } from './link-display';
import { linksViewMessages as m } from './messages';
import { statusNames } from './choice-names';

type IsoWithOffset = (instant: Date, zone: string) => string;

export function linksTable(links: readonly ShareLinkRecord[], now: Date, zone: string, isoWithOffset: IsoWithOffset): CsvTable {
  const names = statusNames();
  const rows = links.flatMap((link) =>
    link.links.map((address) => [
      link.fileName,
      link.label ?? '',
      names[displayStatus(link, now)],
      isoWithOffset(new Date(link.createdAt), zone),
      isoWithOffset(new Date(link.expiresAt), zone),
      address.assetKey,
      address.url,
      link.downloads === undefined ? '' : String(link.downloads),
      link.maxDownloads === undefined ? '' : String(link.maxDownloads),
    ]),
  );
  return {
    header: [
      m.csvColumnFileName,
      m.csvColumnLabel,
      m.csvColumnStatus,
      m.csvColumnCreated,
      m.csvColumnExpiresAt,
      m.csvColumnAssetKey,
      m.csvColumnUrl,
      m.csvColumnDownloads,
      m.csvColumnDownloadLimit,
    ],
    rows,
  };
}
