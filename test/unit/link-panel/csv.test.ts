import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../src/common/i18n/languages';
import { linksTable, type CsvLinkRow } from '../../../src/dashboard/link-panel/csv';
import { csvCell, csvText } from '../../../src/dashboard/shared/csv';
import { loadLinkPanelMessages } from '../../../src/dashboard/link-panel/messages';
import { setPageLanguage } from '../../../src/dashboard/shared/i18n';

const rows = [
  { fileName: 'song "live".mp3', assetKey: '320kbs.mp3', url: 'http://x/a?token=1', expiresAt: '2026-07-01T15:00:00.000Z' },
  { fileName: 'b,c.pdf', assetKey: 'src', url: 'http://x/b', expiresAt: '2026-01-01T15:00:00.000Z' },
];

const linksToCsv = (links: CsvLinkRow[], zone: string) => {
  const table = linksTable(links, zone);
  return csvText(table.header, table.rows);
};

beforeAll(loadLinkPanelMessages);
afterAll(() => setPageLanguage(ENGLISH));

describe('linksToCsv', () => {
  it('writes a header and one quoted row per link, expiry in the owner zone with offset', () => {
    const csv = linksToCsv(rows, 'Europe/Berlin');
    expect(csv.split('\r\n')).toEqual([
      '"file name","asset key","url","expires at"',
      '"song ""live"".mp3","320kbs.mp3","http://x/a?token=1","2026-07-01T17:00:00+02:00"',
      '"b,c.pdf","src","http://x/b","2026-01-01T16:00:00+01:00"',
      '',
    ]);
  });

  it('names its columns in the owner’s language and keeps the values machine-readable', async () => {
    setPageLanguage({ catalog: 'de', locale: 'de-DE' });
    await loadLinkPanelMessages();
    const [header, first] = linksToCsv(rows, 'Europe/Berlin').split('\r\n');
    expect(header).toBe('"Dateiname","Format","Link","Läuft ab am"');
    expect(first).toBe('"song ""live"".mp3","320kbs.mp3","http://x/a?token=1","2026-07-01T17:00:00+02:00"');
  });

  it('stops spreadsheets from running file names as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('plain')).toBe('"plain"');
  });
});
