/**
 * The CSV export of the listed links: one row per link address (a record with several formats has several),
 * times in the owner's zone with their offset (`isoWithOffset`, from the link panel's rules: see link-rules.ts).
 * Loaded when the owner asks for it, like the shared CSV code.
 */
import type { ShareLinkRecord } from '../../common/link-history';
import { csvText, downloadCsv } from '../shared/csv';
import { displayStatus } from './link-display';
import { linksViewMessages as m } from './messages';
import { statusNames } from './choice-names';

type IsoWithOffset = (instant: Date, zone: string) => string;

export function linksCsv(links: readonly ShareLinkRecord[], now: Date, zone: string, isoWithOffset: IsoWithOffset): string {
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
  return csvText(
    [
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
  );
}

export function downloadLinksCsv(links: readonly ShareLinkRecord[], now: Date, zone: string, isoWithOffset: IsoWithOffset): void {
  downloadCsv(linksCsv(links, now, zone, isoWithOffset), m.csvFileName);
}
