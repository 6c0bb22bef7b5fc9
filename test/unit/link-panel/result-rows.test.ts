import { beforeAll, describe, expect, it } from 'vitest';
import type { ShareLinkResult } from '../../../src/common/share-links';
import { linkPanelMessages, loadLinkPanelMessages } from '../../../src/dashboard/link-panel/messages';
import { toCsvRows, toResultRows } from '../../../src/dashboard/link-panel/result-rows';

const failed = (fileId: string, code: string, message: string) =>
  ({ fileId, ok: false, error: { code, message } }) as ShareLinkResult;

beforeAll(loadLinkPanelMessages);

describe('toResultRows', () => {
  it('gives one row per link, one per failed file, in result order, named from the selection', () => {
    const rows = toResultRows(
      [
        { fileId: 'a', ok: true, linkId: 'l1', kind: 'DIRECT', expiresAt: '2026-01-01T00:00:00.000Z', links: [{ assetKey: 'src', url: 'u1' }, { assetKey: '720p.mp4', url: 'u2' }] },
        failed('9c1e7a_b~mv2.pdf', 'FILE_NOT_FOUND', 'File "9c1e7a_b~mv2.pdf" is not in this site\'s Media Manager.'),
      ],
      new Map([
        ['a', 'Clip.mp4'],
        ['9c1e7a_b~mv2.pdf', 'Brochure.pdf'],
      ]),
      ['src', '720p.mp4'],
    );
    expect(rows.map((r) => (r.ok ? [r.fileName, r.assetKey, r.url] : [r.fileName]))).toEqual([
      ['Clip.mp4', 'src', 'u1'],
      ['Clip.mp4', '720p.mp4', 'u2'],
      ['Brochure.pdf'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(toCsvRows(rows)).toEqual([
      { fileName: 'Clip.mp4', assetKey: 'src', url: 'u1', expiresAt: '2026-01-01T00:00:00.000Z' },
      { fileName: 'Clip.mp4', assetKey: '720p.mp4', url: 'u2', expiresAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });

  it('words each per-file failure with the display name, never the Media Manager id', () => {
    const id = '9c1e7a_5b0f3d2e8a4c4f6b9d1e7a2c3b4d5e6f~mv2.png';
    const names = new Map([[id, 'Logo.png']]);
    const codes = ['INVALID_ASSET_KEY', 'FILE_NOT_FOUND', 'RATE_LIMITED', 'UPSTREAM_ERROR', 'INVALID_ARGUMENT'];
    for (const code of codes) {
      const [row] = toResultRows([failed(id, code, `Something about "${id}".`)], names, ['src', '720p.mp4']);
      expect(row && !row.ok && row.message).toContain('“Logo.png”');
      expect(row && !row.ok && row.message).not.toContain('9c1e7a');
    }
    const [missing] = toResultRows([failed(id, 'INVALID_ASSET_KEY', '')], names, ['src', '720p.mp4']);
    expect(missing && !missing.ok && missing.message).toMatch(/doesn’t have every format you chose \(720p\.mp4\)/);
  });

  it('words failures that name no file (permission, not in Wix) itself, never with the backend sentence', () => {
    const message = 'The app is not allowed to create download links on this site. Give it the permission and try again.';
    const [denied] = toResultRows([failed('x', 'PERMISSION_DENIED', message)], new Map([['x', 'Logo.png']]), ['src']);
    expect(denied && !denied.ok && denied.message).toBe(linkPanelMessages.permissionDenied);
    const [outside] = toResultRows([failed('x', 'NOT_IN_WIX', message)], new Map([['x', 'Logo.png']]), ['src']);
    expect(outside && !outside.ok && outside.message).toBe(linkPanelMessages.notInWix);
  });
});
