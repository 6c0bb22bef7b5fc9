import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../src/backend/share-links/retry-delay';
import { RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS } from '../../../src/common/limits';

describe('retryDelayMs', () => {
  it('doubles per retry, between half and all of the step', () => {
    expect(retryDelayMs(1, undefined, () => 0)).toBe(RETRY_BASE_DELAY_MS / 2);
    expect(retryDelayMs(1, undefined, () => 1)).toBe(RETRY_BASE_DELAY_MS);
    expect(retryDelayMs(2, undefined, () => 1)).toBe(RETRY_BASE_DELAY_MS * 2);
    expect(retryDelayMs(3, undefined, () => 0.5)).toBe(RETRY_BASE_DELAY_MS * 4 * 0.75);
  });

  it('never exceeds the cap', () => {
    expect(retryDelayMs(30, undefined, () => 1)).toBe(RETRY_MAX_DELAY_MS);
  });

  it('waits at least as long as Retry-After asks', () => {
    expect(retryDelayMs(1, 3000, () => 1)).toBe(3000);
    expect(retryDelayMs(6, 10, () => 1)).toBe(RETRY_MAX_DELAY_MS);
  });
});
