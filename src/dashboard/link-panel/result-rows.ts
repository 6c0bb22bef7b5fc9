/** Per-file results flattened to one row per link (or per failed file) for the bulk table, "copy all" and CSV. */
import type { CsvLinkRow } from './csv';
import type { ShareLinkResult } from '../../common/share-links';
import { fileErrorMessage } from './link-error-messages';

export type ResultRow =
  | { id: string; ok: true; fileId: string; fileName: string; assetKey: string; url: string; expiresAt: string }
  | { id: string; ok: false; fileId: string; fileName: string; message: string };

/** `assetKeys` are the formats the owner asked for, which a failure about missing formats names. */
export function toResultRows(
  results: readonly ShareLinkResult[],
  names: ReadonlyMap<string, string>,
  assetKeys: readonly string[],
): ResultRow[] {
  return results.flatMap((r): ResultRow[] => {
    const fileName = names.get(r.fileId) ?? r.fileId;
    if (!r.ok) return [{ id: r.fileId, ok: false, fileId: r.fileId, fileName, message: fileErrorMessage(r.error, fileName, assetKeys) }];
    return r.links.map((link) => ({
      id: `${r.fileId}\n${link.assetKey}`,
      ok: true,
      fileId: r.fileId,
      fileName,
      assetKey: link.assetKey,
      url: link.url,
      expiresAt: r.expiresAt,
    }));
  });
}

export const linkRowsOnly = (rows: readonly ResultRow[]) => rows.filter((r): r is ResultRow & { ok: true } => r.ok);

export const toCsvRows = (rows: readonly ResultRow[]): CsvLinkRow[] =>
  linkRowsOnly(rows).map(({ fileName, assetKey, url, expiresAt }) => ({ fileName, assetKey, url, expiresAt }));
