import { describe, expect, it } from 'vitest';
import { toCsvRows, toResultRows } from '../../../src/dashboard/result-rows';

describe('toResultRows', () => {
  it('gives one row per link, one per failed file, in result order, named from the selection', () => {
    const rows = toResultRows(
      [
        { fileId: 'a', ok: true, expiresAt: '2026-01-01T00:00:00.000Z', links: [{ assetKey: 'src', url: 'u1' }, { assetKey: '720p.mp4', url: 'u2' }] },
        { fileId: 'b', ok: false, error: { code: 'FILE_NOT_FOUND', message: 'File b was deleted.' } },
      ],
      new Map([['a', 'Clip.mp4']]),
    );
    expect(rows.map((r) => (r.ok ? [r.fileName, r.assetKey, r.url] : [r.fileName, r.message]))).toEqual([
      ['Clip.mp4', 'src', 'u1'],
      ['Clip.mp4', '720p.mp4', 'u2'],
      ['b', 'File b was deleted.'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(toCsvRows(rows)).toEqual([
      { fileName: 'Clip.mp4', assetKey: 'src', url: 'u1', expiresAt: '2026-01-01T00:00:00.000Z' },
      { fileName: 'Clip.mp4', assetKey: '720p.mp4', url: 'u2', expiresAt: '2026-01-01T00:00:00.000Z' },
    ]);
  });
});
