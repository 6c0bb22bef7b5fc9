import { describe, expect, it } from 'vitest';
import { initialValues, validate } from '../../../src/dashboard/link-panel/form-values';
import type { FileRow } from '../../../src/dashboard/shared/file-row';

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

describe('validate: kind, limit and password', () => {
  const files = [file('a')];
  const optionsOf = (change: object) => {
    const r = validate({ ...initialValues(files), ...change }, files, now, 'UTC');
    return r.ok ? r.request.options : r.errors;
  };

  it('sends a secure link\'s limit and password as typed, and leaves empty ones out', () => {
    expect(optionsOf({ maxDownloads: ' 2 ', password: 'open sesame' })).toMatchObject({ kind: 'SECURE', maxDownloads: 2, password: 'open sesame' });
    expect(optionsOf({})).not.toHaveProperty('maxDownloads');
    expect(optionsOf({})).not.toHaveProperty('password');
  });

  it('refuses at the field a limit or password the backend would refuse', () => {
    for (const maxDownloads of ['0', '10001', '1.5', 'two', '-3']) expect(optionsOf({ maxDownloads })).toEqual({ maxDownloads: true });
    for (const password of ['12345', 'p'.repeat(129)]) expect(optionsOf({ password })).toEqual({ password: true });
    expect(optionsOf({ maxDownloads: '10000', password: '\u{1F600}'.repeat(6) })).toMatchObject({ maxDownloads: 10000 });
  });

  it('sends neither for a direct link, whatever the hidden fields hold', () => {
    expect(optionsOf({ kind: 'DIRECT', maxDownloads: '0', password: 'x' })).toEqual({ contentDisposition: 'ATTACHMENT', assetKeys: ['src'], kind: 'DIRECT' });
  });
});

describe('validate', () => {
  it('turns the defaults for one file into a 7-day secure download link, leaving the name to Wix (the display name)', () => {
    const files = [file('a', 'Report.pdf')];
    const values = initialValues(files);
    expect(values.fileName).toBe('Report.pdf');
    const r = validate(values, files, now, 'Europe/Berlin');
    expect(r.ok && r.request).toEqual({
      files,
      expiresAt: new Date('2026-04-03T12:00:00Z'),
      options: { contentDisposition: 'ATTACHMENT', assetKeys: ['src'], kind: 'SECURE' },
    });
  });

  it('links a file whose display name the header rules refuse, as long as the owner keeps that name', () => {
    for (const name of ["John's CV.pdf", `${'x'.repeat(120)}.pdf`]) {
      const files = [file('a', name)];
      const r = validate(initialValues(files), files, now, 'UTC');
      expect(r.ok && r.request.options).toEqual({ contentDisposition: 'ATTACHMENT', assetKeys: ['src'], kind: 'SECURE' });
    }
  });

  it('sends the name the owner typed instead of the display name', () => {
    const files = [file('a', "John's CV.pdf")];
    const r = validate({ ...initialValues(files), fileName: ' CV John.pdf ' }, files, now, 'UTC');
    expect(r.ok && r.request.options.downloadFileName).toBe('CV John.pdf');
  });

  it('never sends a download file name for several files', () => {
    const files = [file('a'), file('b')];
    const values = { ...initialValues(files), fileName: 'x.jpg', redirectUrl: 'mysite.com' };
    const r = validate(values, files, now, 'UTC');
    expect(r.ok && r.request.options).toEqual({
      contentDisposition: 'ATTACHMENT',
      assetKeys: ['src'],
      expirationRedirectUrl: 'https://mysite.com/',
      kind: 'SECURE',
    });
  });

  it('sends the redirect address as the backend will accept it, and leaves it out when empty', () => {
    const files = [file('a')];
    const redirectOf = (redirectUrl: string) => {
      const r = validate({ ...initialValues(files), redirectUrl }, files, now, 'UTC');
      return r.ok ? (r.request.options.expirationRedirectUrl ?? '') : null;
    };
    expect(redirectOf('mysite.com/store')).toBe('https://mysite.com/store');
    expect(redirectOf(' http://a.b/c ')).toBe('http://a.b/c');
    expect(redirectOf('mysite.com:8080/x')).toBe('https://mysite.com:8080/x');
    expect(redirectOf('')).toBe('');
    expect(redirectOf('javascript:alert(1)')).toBeNull();
    expect(redirectOf('not a url')).toBeNull();
    expect(redirectOf('store')).toBeNull();
    expect(redirectOf('https://user:secret@mysite.com/')).toBeNull();
  });

  it('refuses at the field a download file name the backend would refuse', () => {
    const files = [file('a')];
    for (const fileName of ['x'.repeat(101), 'a/b.pdf', '"x".pdf', "it's.pdf", '..']) {
      const r = validate({ ...initialValues(files), fileName }, files, now, 'UTC');
      expect(!r.ok && r.errors).toEqual({ fileName: true });
    }
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
