import { describe, expect, it } from 'vitest';
import { readDownloadUrls } from '../../../src/backend/share-links/wix-response';
import { apiMessages } from '../../../src/common/api-messages';

describe('readDownloadUrls', () => {
  it('returns every link with its asset key, in Wix order', () => {
    const value = {
      downloadUrls: [
        { assetKey: '320kbs.mp3', url: 'https://download.example/mp3/a-320.mp3?token=t1', extra: 1 },
        { assetKey: 'src', url: 'https://download.example/mp3/a.mp3?token=t2' },
      ],
    };
    expect(readDownloadUrls(value, 'a.mp3')).toEqual({
      ok: true,
      links: [
        { assetKey: '320kbs.mp3', url: 'https://download.example/mp3/a-320.mp3?token=t1' },
        { assetKey: 'src', url: 'https://download.example/mp3/a.mp3?token=t2' },
      ],
    });
  });

  it('reports NOT_IN_WIX when the SDK resolved to a function (no Wix context)', () => {
    expect(readDownloadUrls(() => undefined, 'a.mp3')).toEqual({ ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } });
  });

  it.each([
    ['undefined', undefined],
    ['the zip endpoint shape', { downloadUrl: 'https://archive.example/x' }],
    ['no links', { downloadUrls: [] }],
    ['a link without url', { downloadUrls: [{ assetKey: 'src' }] }],
    ['a bare string', 'https://download.example/x'],
  ])('reports UPSTREAM_ERROR for %s', (_, value) => {
    expect(readDownloadUrls(value, 'a.mp3')).toEqual({ ok: false, error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError('a.mp3') } });
  });
});
