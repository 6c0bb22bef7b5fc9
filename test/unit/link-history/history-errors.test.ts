import { describe, expect, it } from 'vitest';
import { historyError, NotInWix } from '../../../src/backend/link-history/history-errors';
import { historyMessages } from '../../../src/common/link-history-messages';

/** Shaped like what @wix/data throws for a Wix error body: `details.applicationError.code`. */
const wixDataError = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('Wix says something not meant for owners'), { details: { applicationError: { code } } }, extra);

describe('historyError', () => {
  it.each([
    ['WDE0025', 'HISTORY_UNAVAILABLE', historyMessages.historyUnavailable],
    ['WDE0026', 'HISTORY_UNAVAILABLE', historyMessages.historyUnavailable],
    ['WDE0027', 'HISTORY_PERMISSION_DENIED', historyMessages.historyPermissionDenied],
    ['WDE0014', 'RATE_LIMITED', historyMessages.historyRateLimited],
    ['WDE0073', 'LINK_NOT_FOUND', historyMessages.linkNotFound],
  ])('maps %s to %s with a sentence that says what to do', (code, expected, message) => {
    expect(historyError(wixDataError(code))).toEqual({ code: expected, message });
  });

  it('reads the WD_* code and the HTTP status when there is no WDE code', () => {
    expect(historyError(Object.assign(new Error('x'), { code: 'WD_PERMISSION_DENIED' })).code).toBe('HISTORY_PERMISSION_DENIED');
    expect(historyError(Object.assign(new Error('x'), { status: 429 })).code).toBe('RATE_LIMITED');
    expect(historyError(Object.assign(new Error('x'), { response: { status: 403 } })).code).toBe('HISTORY_PERMISSION_DENIED');
    expect(historyError(Object.assign(new Error('x'), { status: 400 })).code).toBe('INVALID_ARGUMENT');
  });

  it('calls outages, dropped connections and anything unknown an upstream error', () => {
    for (const thrown of [Object.assign(new Error('x'), { status: 503 }), new TypeError('fetch failed'), 'boom', null]) {
      expect(historyError(thrown)).toEqual({ code: 'UPSTREAM_ERROR', message: historyMessages.historyUpstreamError });
    }
  });

  it('says when there is no Wix request context', () => {
    expect(historyError(new NotInWix()).code).toBe('NOT_IN_WIX');
    expect(historyError(new Error('Cannot find an elevated authentication strategy')).code).toBe('NOT_IN_WIX');
  });

  it('never passes on what Wix wrote', () => {
    expect(JSON.stringify(historyError(wixDataError('WDE0025')))).not.toContain('Wix says');
  });
});
