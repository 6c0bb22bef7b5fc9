import { describe, expect, it } from 'vitest';
import { parseShareLinkRequest } from '../../../src/backend/share-links/request-schema';
import { apiMessages } from '../../../src/common/api-messages';

const invalid = (field: string, message: string) => ({ ok: false, error: { code: 'INVALID_ARGUMENT', field, message } });
const DIRECT = { kind: 'DIRECT' } as const;
const BASE = 'https://app.example/functions';

describe('parseShareLinkRequest: fileIds', () => {
  it('normalizes media URLs to ids, keeps the caller string, collapses duplicates and keeps order', () => {
    const url = 'wix:image://v1/b~mv2.jpg/leon.jpg#originWidth=1&originHeight=1';
    expect(parseShareLinkRequest(['c.mp3', url, 'c.mp3', 'b~mv2.jpg', 'a.pdf'], DIRECT)).toEqual({
      ok: true,
      request: {
        files: [
          { input: 'c.mp3', id: 'c.mp3' },
          { input: url, id: 'b~mv2.jpg' },
          { input: 'a.pdf', id: 'a.pdf' },
        ],
        options: {},
        kind: 'DIRECT',
      },
    });
  });

  it('accepts exactly 100 ids', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `f${i}`);
    const checked = parseShareLinkRequest(ids, DIRECT);
    expect(checked.ok && checked.request.files.map((f) => f.id)).toEqual(ids);
  });

  it.each([
    ['null', null, invalid('fileIds', apiMessages.fileIdsNotList)],
    ['a string', 'abc', invalid('fileIds', apiMessages.fileIdsNotList)],
    ['an object', { 0: 'abc' }, invalid('fileIds', apiMessages.fileIdsNotList)],
    ['missing', undefined, invalid('fileIds', apiMessages.fileIdsNotList)],
    ['empty', [], invalid('fileIds', apiMessages.fileIdsEmpty)],
    ['101 ids', Array.from({ length: 101 }, (_, i) => `f${i}`), invalid('fileIds', apiMessages.fileIdsTooMany(101))],
    ['a million ids', Array.from({ length: 1_000_000 }, () => 0), invalid('fileIds', apiMessages.fileIdsTooMany(1_000_000))],
    ['a number entry', ['a', 7], invalid('fileIds[1]', apiMessages.fileIdNotString('fileIds[1]'))],
    ['a null entry', [null], invalid('fileIds[0]', apiMessages.fileIdNotString('fileIds[0]'))],
    ['an empty entry', ['a', 'b', ''], invalid('fileIds[2]', apiMessages.fileIdEmpty('fileIds[2]'))],
    ['a huge entry', ['x'.repeat(100_000)], invalid('fileIds[0]', apiMessages.fileIdTooLong('fileIds[0]'))],
    ['a path entry', ['a', 'b', 'c', 'x/y'], invalid('fileIds[3]', apiMessages.fileIdInvalid('fileIds[3]', 'x/y'))],
    [
      'a non-Wix URL',
      ['https://example.com/a.jpg'],
      invalid('fileIds[0]', apiMessages.fileIdInvalid('fileIds[0]', 'https://example.com/a.jpg')),
    ],
  ])('rejects fileIds that are %s', (_, fileIds, expected) => {
    expect(parseShareLinkRequest(fileIds, undefined)).toEqual(expected);
  });

  it('quotes a long invalid id shortened, not whole', () => {
    const checked = parseShareLinkRequest([`x/${'y'.repeat(500)}`], undefined);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.message.length).toBeLessThan(250);
  });
});

describe('parseShareLinkRequest: options', () => {
  it('passes every valid option on, normalized', () => {
    expect(
      parseShareLinkRequest(['a'], {
        expirationInMinutes: '60',
        assetKeys: ['320kbs.mp3', 'src', '320kbs.mp3'],
        contentDisposition: 'INLINE',
        downloadFileName: 'Feel Good.mp3',
        expirationRedirectUrl: 'www.mysite.com/store',
        kind: 'DIRECT',
      }),
    ).toEqual({
      ok: true,
      request: {
        files: [{ input: 'a', id: 'a' }],
        options: {
          expirationInMinutes: 60,
          assetKeys: ['320kbs.mp3', 'src'],
          contentDisposition: 'INLINE',
          downloadFileName: 'Feel Good.mp3',
          expirationRedirectUrl: 'https://www.mysite.com/store',
        },
        kind: 'DIRECT',
      },
    });
  });

  it.each([{}, { expirationInMinutes: null, assetKeys: null, downloadFileName: undefined }])('treats %j beside kind as no options', (options) => {
    expect(parseShareLinkRequest(['a'], { ...options, kind: 'DIRECT' })).toEqual({
      ok: true,
      request: { files: [{ input: 'a', id: 'a' }], options: {}, kind: 'DIRECT' },
    });
  });

  it.each([null, undefined, {}])('makes a secure link when given %j, which needs linkBaseUrl', (options) => {
    expect(parseShareLinkRequest(['a'], options)).toEqual(invalid('options.linkBaseUrl', apiMessages.linkBaseUrlMissing));
  });

  it.each([1, 525600, '1', ' 525600 '])('accepts expirationInMinutes %j', (value) => {
    const checked = parseShareLinkRequest(['a'], { expirationInMinutes: value, kind: 'DIRECT' });
    expect(checked.ok && checked.request.options.expirationInMinutes).toBe(Number(value));
  });

  it.each([0, -5, 1.5, '1.5', 525601, '0', '', 'sixty', '1e3', Number.NaN, Number.POSITIVE_INFINITY, true, [60], {}])(
    'rejects expirationInMinutes %j',
    (value) => {
      expect(parseShareLinkRequest(['a'], { expirationInMinutes: value })).toEqual(
        invalid('options.expirationInMinutes', apiMessages.expirationInvalid),
      );
    },
  );

  it.each([
    ['a string', 'src', invalid('options.assetKeys', apiMessages.assetKeysNotList)],
    ['empty', [], invalid('options.assetKeys', apiMessages.assetKeysNotList)],
    ['11 keys', Array.from({ length: 11 }, (_, i) => `k${i}`), invalid('options.assetKeys', apiMessages.assetKeysTooMany)],
    ['a blank key', ['src', '  '], invalid('options.assetKeys[1]', apiMessages.assetKeyInvalid('options.assetKeys[1]'))],
    ['a number key', [320], invalid('options.assetKeys[0]', apiMessages.assetKeyInvalid('options.assetKeys[0]'))],
    ['a 101-character key', ['k'.repeat(101)], invalid('options.assetKeys[0]', apiMessages.assetKeyInvalid('options.assetKeys[0]'))],
  ])('rejects assetKeys that are %s', (_, assetKeys, expected) => {
    expect(parseShareLinkRequest(['a'], { assetKeys })).toEqual(expected);
  });

  it.each(['attachment', 'inline', 'DOWNLOAD', 1, ''])('rejects contentDisposition %j', (value) => {
    expect(parseShareLinkRequest(['a'], { contentDisposition: value })).toEqual(
      invalid('options.contentDisposition', apiMessages.dispositionInvalid),
    );
  });

  it.each([
    ['a number', 5, apiMessages.fileNameNotString],
    ['empty', '', apiMessages.fileNameLength],
    ['a path', '../etc/passwd', apiMessages.fileNameCharacters],
    ['a quote', 'a".pdf', apiMessages.fileNameCharacters],
  ])('rejects downloadFileName that is %s', (_, downloadFileName, message) => {
    expect(parseShareLinkRequest(['a'], { downloadFileName })).toEqual(invalid('options.downloadFileName', message));
  });

  it('rejects downloadFileName with more than one distinct file, but not with a duplicate of one', () => {
    expect(parseShareLinkRequest(['a', 'b'], { downloadFileName: 'x.pdf' })).toEqual(
      invalid('options.downloadFileName', apiMessages.fileNameNeedsOneFile(2)),
    );
    expect(parseShareLinkRequest(['a', 'wix:document://v1/a/x.pdf'], { downloadFileName: 'x.pdf', kind: 'DIRECT' }).ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', apiMessages.redirectScheme('javascript')],
    ['/expired', apiMessages.redirectRelative],
    ['data:text/html,x', apiMessages.redirectScheme('data')],
  ])('rejects expirationRedirectUrl %s', (url, message) => {
    expect(parseShareLinkRequest(['a'], { expirationRedirectUrl: url })).toEqual(invalid('options.expirationRedirectUrl', message));
  });

  it('rejects a non-string expirationRedirectUrl', () => {
    expect(parseShareLinkRequest(['a'], { expirationRedirectUrl: 42 })).toEqual(
      invalid('options.expirationRedirectUrl', apiMessages.redirectNotString),
    );
  });

  it.each([['a string', 'INLINE'], ['a number', 3], ['a list', [1]], ['true', true]])('rejects options that are %s', (_, options) => {
    expect(parseShareLinkRequest(['a'], options)).toEqual(invalid('options', apiMessages.optionsNotObject));
  });

  it('names an unknown option, such as a misspelt one', () => {
    expect(parseShareLinkRequest(['a'], { expirationMinutes: 60 })).toEqual(
      invalid('options.expirationMinutes', apiMessages.optionUnknown('expirationMinutes')),
    );
  });

  it('checks fileIds before options', () => {
    expect(parseShareLinkRequest([], { contentDisposition: 'nope' })).toEqual(invalid('fileIds', apiMessages.fileIdsEmpty));
  });
});

describe('parseShareLinkRequest: label', () => {
  it('keeps the label apart from what is sent to Wix, trimmed, with control and direction marks as spaces', () => {
    expect(parseShareLinkRequest(['a.pdf'], { label: '  Anna\u202e\tin sales  ', kind: 'DIRECT' })).toEqual({
      ok: true,
      request: { files: [{ input: 'a.pdf', id: 'a.pdf' }], options: {}, label: 'Anna in sales', kind: 'DIRECT' },
    });
  });

  it.each([null, '', '   '])('treats %j as no label', (label) => {
    const checked = parseShareLinkRequest(['a.pdf'], { label, kind: 'DIRECT' });
    expect(checked.ok && checked.request).toEqual({ files: [{ input: 'a.pdf', id: 'a.pdf' }], options: {}, kind: 'DIRECT' });
  });

  it('accepts 100 characters and refuses 101, saying how many there are', () => {
    const checked = parseShareLinkRequest(['a.pdf'], { label: 'x'.repeat(100), kind: 'DIRECT' });
    expect(checked.ok && checked.request.label).toBe('x'.repeat(100));
    expect(parseShareLinkRequest(['a.pdf'], { label: 'x'.repeat(101) })).toEqual(invalid('options.label', apiMessages.labelTooLong(101)));
  });

  it.each([7, ['a'], { name: 'a' }])('refuses a label that is not text: %j', (label) => {
    expect(parseShareLinkRequest(['a.pdf'], { label })).toEqual(invalid('options.label', apiMessages.labelNotString));
  });
});

describe('parseShareLinkRequest: secure links', () => {
  const files = [{ input: 'a.pdf', id: 'a.pdf' }];

  it('takes kind, the limit, the password and the functions base of a secure link', () => {
    expect(parseShareLinkRequest(['a.pdf'], { linkBaseUrl: `${BASE}/`, maxDownloads: 5, password: 'correct horse' })).toEqual({
      ok: true,
      request: { files, options: {}, kind: 'SECURE', secure: { linkBaseUrl: BASE, maxDownloads: 5, password: 'correct horse' } },
    });
    expect(parseShareLinkRequest(['a.pdf'], { kind: 'SECURE', linkBaseUrl: BASE, maxDownloads: null, password: null })).toEqual({
      ok: true,
      request: { files, options: {}, kind: 'SECURE', secure: { linkBaseUrl: BASE } },
    });
  });

  it.each(['secure', 'WIX', 1, ''])('refuses kind %j', (kind) => {
    expect(parseShareLinkRequest(['a.pdf'], { kind, linkBaseUrl: BASE })).toEqual(invalid('options.kind', apiMessages.kindInvalid));
  });

  it.each([0, -1, 1.5, 10_001, '5', Number.NaN, true])('refuses maxDownloads %j', (maxDownloads) => {
    expect(parseShareLinkRequest(['a.pdf'], { linkBaseUrl: BASE, maxDownloads })).toEqual(
      invalid('options.maxDownloads', apiMessages.maxDownloadsInvalid),
    );
  });

  it.each([1, 10_000])('accepts maxDownloads %j', (maxDownloads) => {
    const checked = parseShareLinkRequest(['a.pdf'], { linkBaseUrl: BASE, maxDownloads });
    expect(checked.ok && checked.request.secure?.maxDownloads).toBe(maxDownloads);
  });

  it.each([
    ['5 characters', '12345', apiMessages.passwordTooShort],
    ['129 characters', 'p'.repeat(129), apiMessages.passwordTooLong],
    ['a number', 123456, apiMessages.passwordNotString],
  ])('refuses a password of %s', (_, password, message) => {
    expect(parseShareLinkRequest(['a.pdf'], { linkBaseUrl: BASE, password })).toEqual(invalid('options.password', message));
  });

  it.each(['maxDownloads', 'password'] as const)('refuses %s on a direct link, naming the option', (option) => {
    const value = option === 'password' ? 'long enough' : 3;
    expect(parseShareLinkRequest(['a.pdf'], { kind: 'DIRECT', [option]: value })).toEqual(
      invalid(`options.${option}`, apiMessages.secureOnly(option)),
    );
  });

  it.each([
    'ftp://app.example/functions',
    'https://app.example/api',
    'https://app.example/functions?x=1',
    'https://app.example/functions#top',
    'https://user:pw@app.example/functions',
    '/functions',
    'javascript:alert(1)//functions',
    `https://${'a'.repeat(200)}.example/functions`,
    42,
  ])('refuses linkBaseUrl %j', (linkBaseUrl) => {
    expect(parseShareLinkRequest(['a.pdf'], { linkBaseUrl })).toEqual(invalid('options.linkBaseUrl', apiMessages.linkBaseUrlInvalid));
  });

  it('keeps the parsed base, so dot segments and letter case cannot hide another path', () => {
    const checked = parseShareLinkRequest(['a.pdf'], { linkBaseUrl: 'https://APP.example/x/../functions' });
    expect(checked.ok && checked.request.secure?.linkBaseUrl).toBe('https://app.example/functions');
  });
});
