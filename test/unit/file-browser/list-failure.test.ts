import { describe, expect, it } from 'vitest';
import { listFailureOf } from '../../../src/dashboard/file-browser/list-failure';

describe('listFailureOf', () => {
  it('treats 401 and 403 from the SDK (on the error or its response) as a refusal', () => {
    expect(listFailureOf({ status: 403, message: 'PERMISSION_DENIED' })).toBe('denied');
    expect(listFailureOf({ response: { status: 401 } })).toBe('denied');
  });

  it('treats outages, rate limits, dropped connections and odd values as worth a retry', () => {
    expect(listFailureOf({ status: 503 })).toBe('unavailable');
    expect(listFailureOf({ status: 429 })).toBe('unavailable');
    expect(listFailureOf(new TypeError('Failed to fetch'))).toBe('unavailable');
    expect(listFailureOf({ status: '403' })).toBe('unavailable');
    expect(listFailureOf({ response: null })).toBe('unavailable');
    expect(listFailureOf(undefined)).toBe('unavailable');
  });
});
