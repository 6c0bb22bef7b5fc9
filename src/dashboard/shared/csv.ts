/**
 * CSV exports of links, for the link panel and the Links view. Features load it on use (`import('../shared/csv')`
 * from their own export code), so it is in neither the first load nor either feature's chunk.
 */

/**
 * Quotes every cell and neutralises cells that spreadsheets would run as formulas: file names and labels come
 * from the owner and may start with "=" or "+".
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** What a feature exports: its header in the owner's language, then one row of cells per line. */
export type CsvTable = { header: string[]; rows: string[][] };

export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Hands the table to the browser as a CSV file download. */
export function downloadCsv(table: CsvTable, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csvText(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
}
