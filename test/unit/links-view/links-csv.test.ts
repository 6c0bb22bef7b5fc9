import { beforeAll, describe, expect, it } from 'vitest';
import type { ShareLinkRecord } from '../../../src/common/link-history';
import { linksTable } from '../../../src/dashboard/links-view/links-csv';
import { csvText } from '../../../src/dashboard/shared/csv';
import { loadLinksViewMessages } from '../../../src/dashboard/links-view/messages';
import { isoWithOffset } from '../../../src/dashboard/shared/time-zone';

beforeAll(loadLinksViewMessages);

const record = (over: Partial<ShareLinkRecord>): ShareLinkRecord => ({
  linkId: 'l1',
  kind: 'DIRECT',
  fileId: 'f1',
  fileName: 'song.mp3',
  mediaType: 'AUDIO',
  createdAt: '2026-07-01T10:00:00.000Z',
  expiresAt: '2026-07-08T10:00:00.000Z',
  status: 'ACTIVE',
  links: [{ assetKey: 'src', url: 'http://x/a' }],
  ...over,
});

const linksCsv = (...args: Parameters<typeof linksTable>) => {
  const table = linksTable(...args);
  return csvText(table.header, table.rows);
};

describe('linksTable', () => {
  it('writes one row per link address, times in the owner zone, label and download figures, formulas neutralised', () => {
    const csv = linksCsv(
      [
        record({ label: '=cmd', links: [{ assetKey: 'src', url: 'http://x/a' }, { assetKey: '320kbs.mp3', url: 'http://x/b' }] }),
        record({ linkId: 'l2', kind: 'SECURE', status: 'USED_UP', downloads: 5, maxDownloads: 5 }),
      ],
      new Date('2026-07-02T00:00:00Z'),
      'Europe/Berlin',
      isoWithOffset,
    );
    expect(csv.split('\r\n')).toEqual([
      '"file name","label","status","created","expires at","asset key","url","downloads","download limit"',
      `"song.mp3","'=cmd","Active","2026-07-01T12:00:00+02:00","2026-07-08T12:00:00+02:00","src","http://x/a","",""`,
      `"song.mp3","'=cmd","Active","2026-07-01T12:00:00+02:00","2026-07-08T12:00:00+02:00","320kbs.mp3","http://x/b","",""`,
      '"song.mp3","","Used up","2026-07-01T12:00:00+02:00","2026-07-08T12:00:00+02:00","src","http://x/a","5","5"',
      '',
    ]);
  });
});
