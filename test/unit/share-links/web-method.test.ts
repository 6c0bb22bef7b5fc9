import { describe, expect, it } from 'vitest';
import { Permissions } from '@wix/web-methods';
import { createShareLinks } from '../../../src/backend/share-links.web';
import { apiMessages } from '../../../src/common/api-messages';

describe('createShareLinks web method', () => {
  it('is callable by site admins only', () => {
    expect(Permissions.Admin).toBe('Admin');
    expect(Reflect.get(createShareLinks, 'permission')).toBe(Permissions.Admin);
  });

  it('validates its arguments before anything else', async () => {
    expect(await createShareLinks(null as unknown as string[])).toEqual({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'fileIds', message: apiMessages.fileIdsNotList },
    });
  });

  // No mock: outside a Wix request the real SDK resolves to a function and sends nothing.
  it('answers a secure request with NOT_IN_WIX, without throwing, when there is no Wix context', async () => {
    expect(await createShareLinks(['a.jpg'], { linkBaseUrl: 'https://app.example/functions' })).toEqual({
      ok: false,
      error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix },
    });
  });

  it('answers NOT_IN_WIX per file, without throwing, when there is no Wix context', async () => {
    expect(await createShareLinks(['a.jpg', 'wix:image://v1/b.jpg/b.jpg'], { expirationInMinutes: 5, kind: 'DIRECT' })).toEqual({
      ok: true,
      results: [
        { fileId: 'a.jpg', ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } },
        { fileId: 'wix:image://v1/b.jpg/b.jpg', ok: false, error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix } },
      ],
    });
  });
});
