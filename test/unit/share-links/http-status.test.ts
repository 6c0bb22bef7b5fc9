import { describe, expect, it } from 'vitest';
import { httpStatusOf } from '../../../src/common/http-status';

describe('httpStatusOf', () => {
  it('reads the status from the error, else from its response', () => {
    expect(httpStatusOf({ status: 404, response: { status: 500 } })).toBe(404);
    expect(httpStatusOf({ response: { status: 429 } })).toBe(429);
  });

  it('skips a status that is not a number and falls back to the response', () => {
    expect(httpStatusOf({ status: '403', response: { status: 503 } })).toBe(503);
    expect(httpStatusOf({ status: '403' })).toBeUndefined();
  });

  it('has no status for network failures and non-objects', () => {
    expect(httpStatusOf(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(httpStatusOf({ response: null })).toBeUndefined();
    expect(httpStatusOf(null)).toBeUndefined();
    expect(httpStatusOf('boom')).toBeUndefined();
  });
});
