import { describe, expect, it } from 'vitest';
import { initialValues, normalizeRedirectUrl, validate } from '../../../src/dashboard/form-values';
import type { FileRow } from '../../../src/dashboard/file-row';

const file = (id: string, name = `${id}.jpg`): FileRow => ({
  id,
  name,
  mediaType: 'IMAGE',
  isPrivate: true,
  sizeInBytes: '10',
  updated: null,
  thumbnailUrl: '',
});
const now = new Date('2026-03-27T12:00:00Z');

describe('normalizeRedirectUrl', () => {
  it('adds https to bare addresses and refuses what is not a web address', () => {
    expect(normalizeRedirectUrl('mysite.com/store')).toBe('https://mysite.com/store');
    expect(normalizeRedirectUrl(' http://a.b/c ')).toBe('http://a.b/c');
    expect(normalizeRedirectUrl('')).toBe('');
    expect(normalizeRedirectUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeRedirectUrl('not a url')).toBeNull();
    expect(normalizeRedirectUrl('store')).toBeNull();
  });
});

describe('validate', () => {
  it('turns the defaults for one file into a 7-day download link named after the file', () => {
    const files = [file('a', 'Report.pdf')];
    const r = validate(initialValues(files), files, now, 'Europe/Berlin');
    expect(r.ok && r.request).toEqual({
      files,
      expiresAt: new Date('2026-04-03T12:00:00Z'),
      options: { contentDisposition: 'ATTACHMENT', assetKeys: ['src'], downloadFileName: 'Report.pdf' },
    });
  });

  it('never sends a download file name for several files', () => {
    const files = [file('a'), file('b')];
    const values = { ...initialValues(files), fileName: 'x.jpg', redirectUrl: 'mysite.com' };
    const r = validate(values, files, now, 'UTC');
    expect(r.ok && r.request.options).toEqual({
      contentDisposition: 'ATTACHMENT',
      assetKeys: ['src'],
      expirationRedirectUrl: 'https://mysite.com/',
    });
  });

  it('reports each invalid field', () => {
    const files = [file('a')];
    const r = validate(
      {
        ...initialValues(files),
        fileName: 'x'.repeat(101),
        redirectUrl: 'ftp://x.y',
        assetKeys: [],
        expiry: { kind: 'custom', date: null, time: { hour: 1, minute: 0 } },
      },
      files,
      now,
      'UTC',
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual({ expiry: true, fileName: true, redirectUrl: true, assetKeys: true });
  });
});
