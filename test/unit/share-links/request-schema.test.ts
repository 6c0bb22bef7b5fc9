import { describe, expect, it } from 'vitest';
import { parseShareLinkRequest } from '../../../src/backend/share-links/request-schema';
import { apiMessages } from '../../../src/common/api-messages';

const invalid = (field: string, message: string) => ({ ok: false, error: { code: 'INVALID_ARGUMENT', field, message } });

describe('parseShareLinkRequest: fileIds', () => {
  it('normalizes media URLs to ids, keeps the caller string, collapses duplicates and keeps order', () => {
    const url = 'wix:image://v1/b~mv2.jpg/leon.jpg#originWidth=1&originHeight=1';
    expect(parseShareLinkRequest(['c.mp3', url, 'c.mp3', 'b~mv2.jpg', 'a.pdf'], undefined)).toEqual({
      ok: true,
      request: {
        files: [
          { input: 'c.mp3', id: 'c.mp3' },
          { input: url, id: 'b~mv2.jpg' },
          { input: 'a.pdf', id: 'a.pdf' },
        ],
        options: {},
      },
    });
  });

  it('accepts exactly 100 ids', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `f${i}`);
    const checked = parseShareLinkRequest(ids, {});
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
      },
    });
  });

  it.each([null, undefined, {}, { expirationInMinutes: null, assetKeys: null, downloadFileName: undefined }])(
    'treats %j as no options',
    (options) => {
      expect(parseShareLinkRequest(['a'], options)).toEqual({ ok: true, request: { files: [{ input: 'a', id: 'a' }], options: {} } });
    },
  );

  it.each([1, 525600, '1', ' 525600 '])('accepts expirationInMinutes %j', (value) => {
    const checked = parseShareLinkRequest(['a'], { expirationInMinutes: value });
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
    expect(parseShareLinkRequest(['a', 'wix:document://v1/a/x.pdf'], { downloadFileName: 'x.pdf' }).ok).toBe(true);
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
    expect(parseShareLinkRequest(['a.pdf'], { label: '  Anna\u202e\tin sales  ' })).toEqual({
      ok: true,
      request: { files: [{ input: 'a.pdf', id: 'a.pdf' }], options: {}, label: 'Anna in sales' },
    });
  });

  it.each([null, '', '   '])('treats %j as no label', (label) => {
    const checked = parseShareLinkRequest(['a.pdf'], { label });
    expect(checked.ok && checked.request).toEqual({ files: [{ input: 'a.pdf', id: 'a.pdf' }], options: {} });
  });

  it('accepts 100 characters and refuses 101, saying how many there are', () => {
    const checked = parseShareLinkRequest(['a.pdf'], { label: 'x'.repeat(100) });
    expect(checked.ok && checked.request.label).toBe('x'.repeat(100));
    expect(parseShareLinkRequest(['a.pdf'], { label: 'x'.repeat(101) })).toEqual(invalid('options.label', apiMessages.labelTooLong(101)));
  });

  it.each([7, ['a'], { name: 'a' }])('refuses a label that is not text: %j', (label) => {
    expect(parseShareLinkRequest(['a.pdf'], { label })).toEqual(invalid('options.label', apiMessages.labelNotString));
  });
});
