import { describe, expect, it } from 'vitest';
import { classifyWixError, retryAfterOf } from '../../../src/backend/share-links/wix-errors';
import { apiMessages } from '../../../src/common/api-messages';
import { applicationError, networkError, sdkError, validationError } from './sdk-errors';

const NOW = new Date('2026-11-26T20:00:00.000Z');
const classify = (thrown: unknown, keys: string[] = ['src']) => classifyWixError(thrown, 'file-1.jpg', keys, NOW);

describe('classifyWixError', () => {
  it('names the single requested asset key and the file for INVALID_ASSET_KEY', () => {
    expect(classify(validationError('options.assetKeys', 'INVALID_ASSET_KEY', 'Invalid asset key 999kbs.mp3'), ['999kbs.mp3'])).toEqual({
      error: { code: 'INVALID_ASSET_KEY', message: apiMessages.invalidAssetKey('file-1.jpg', ['999kbs.mp3']), field: 'options.assetKeys' },
      retry: false,
    });
  });

  it('names only the keys Wix mentions when several were requested', () => {
    const failure = classify(validationError('options.assetKeys', 'INVALID_ASSET_KEY', 'Invalid asset key "720p.mp4"'), [
      'src',
      '720p.mp4',
    ]);
    expect(failure.error.message).toBe(apiMessages.invalidAssetKey('file-1.jpg', ['720p.mp4']));
    expect(failure.error.message).toContain('720p.mp4');
    expect(failure.error.message).toContain('file-1.jpg');
  });

  it('names every requested key when Wix does not say which one', () => {
    const failure = classify(validationError('options.assetKeys', 'INVALID_ASSET_KEY', 'bad key'), ['src', '480p.mp4']);
    expect(failure.error.message).toBe(apiMessages.invalidAssetKey('file-1.jpg', ['src', '480p.mp4']));
  });

  it.each([
    ['404 with NOT_FOUND', applicationError(404, 'NOT_FOUND')],
    ['404 with an empty body', applicationError(404, 404)],
    ['400 RESOURCE_NOT_FOUND rule', validationError('fileId', 'RESOURCE_NOT_FOUND')],
    ['FILE_NOT_FOUND code', applicationError(400, 'FILE_NOT_FOUND')],
  ])('maps %s to FILE_NOT_FOUND', (_, thrown) => {
    expect(classify(thrown)).toEqual({ error: { code: 'FILE_NOT_FOUND', message: apiMessages.fileNotFound('file-1.jpg') }, retry: false });
  });

  it.each([
    ['401', applicationError(401, 'UNAUTHENTICATED')],
    ['403', applicationError(403, 'PERMISSION_DENIED')],
    ['403 with an empty body', applicationError(403, 403)],
  ])('maps %s to PERMISSION_DENIED, naming the Manage Media Manager permission', (_, thrown) => {
    const failure = classify(thrown);
    expect(failure).toEqual({ error: { code: 'PERMISSION_DENIED', message: apiMessages.permissionDenied }, retry: false });
    expect(failure.error.message).toContain('Manage Media Manager');
  });

  it('maps 429 to a retryable RATE_LIMITED', () => {
    expect(classify(applicationError(429, 'RESOURCE_EXHAUSTED'))).toEqual({
      error: { code: 'RATE_LIMITED', message: apiMessages.rateLimited('file-1.jpg') },
      retry: true,
    });
  });

  it('reads Retry-After when the error exposes response headers', () => {
    const thrown = sdkError(429, {}, { response: { status: 429, headers: new Headers({ 'Retry-After': '3' }) } });
    expect(classify(thrown).retryAfterMs).toBe(3000);
  });

  it.each([
    ['500 with an empty body', applicationError(500, 500)],
    ['503', applicationError(503, 'UNAVAILABLE')],
    ['a network failure', networkError()],
    ['a thrown string', 'boom'],
    ['null', null],
  ])('maps %s to a retryable UPSTREAM_ERROR', (_, thrown) => {
    expect(classify(thrown)).toEqual({ error: { code: 'UPSTREAM_ERROR', message: apiMessages.upstreamError('file-1.jpg') }, retry: true });
  });

  it('maps another 400 to INVALID_ARGUMENT naming the field Wix rejected', () => {
    expect(classify(validationError('options.expirationRedirectUrl', 'FORMAT'))).toEqual({
      error: {
        code: 'INVALID_ARGUMENT',
        message: apiMessages.upstreamRejected('file-1.jpg', 'options.expirationRedirectUrl'),
        field: 'options.expirationRedirectUrl',
      },
      retry: false,
    });
  });

  it('maps a missing elevated client to NOT_IN_WIX', () => {
    const thrown = new Error('An elevated client is required to use elevated modules. Make sure to initialize the Wix context');
    expect(classify(thrown)).toEqual({ error: { code: 'NOT_IN_WIX', message: apiMessages.notInWix }, retry: false });
  });
});

describe('retryAfterOf', () => {
  it.each([
    ['seconds in a Headers object', new Headers({ 'retry-after': '2' }), 2000],
    ['seconds in a plain object, any case', { 'Retry-After': '0' }, 0],
    ['an HTTP date', { 'retry-after': 'Thu, 26 Nov 2026 20:00:05 GMT' }, 5000],
    ['a date in the past', { 'retry-after': 'Thu, 26 Nov 2026 19:00:00 GMT' }, 0],
  ])('reads %s', (_, headers, ms) => {
    expect(retryAfterOf(headers, NOW)).toBe(ms);
  });

  it.each([
    ['no headers', undefined],
    ['no Retry-After', { 'content-type': 'application/json' }],
    ['garbage', { 'retry-after': 'soon' }],
    ['a negative number', { 'retry-after': '-1' }],
  ])('ignores %s', (_, headers) => {
    expect(retryAfterOf(headers, NOW)).toBeUndefined();
  });
});
