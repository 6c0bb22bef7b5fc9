import { describe, expect, it } from 'vitest';
import { FREE_WRONG_GUESSES, MAX_WAIT_SECONDS, passwordWaitSeconds } from '../../../src/backend/secure-links/password-throttle';

const lastFailedAt = new Date('2026-05-01T12:00:00Z');
const after = (seconds: number) => new Date(lastFailedAt.getTime() + seconds * 1000);

describe('passwordWaitSeconds', () => {
  it('lets the first few wrong guesses retry at once', () => {
    expect(passwordWaitSeconds(0, undefined, after(0))).toBe(0);
    for (let failed = 1; failed <= FREE_WRONG_GUESSES; failed += 1) expect(passwordWaitSeconds(failed, lastFailedAt, after(0))).toBe(0);
  });

  it('then doubles the wait with every wrong guess', () => {
    const waits = [5, 6, 7, 8, 9].map((failed) => passwordWaitSeconds(failed, lastFailedAt, after(0)));
    expect(waits).toEqual([15, 30, 60, 120, 240]);
  });

  it('never makes anyone wait more than five minutes, however many guesses were wrong', () => {
    expect(passwordWaitSeconds(10, lastFailedAt, after(0))).toBe(MAX_WAIT_SECONDS);
    expect(passwordWaitSeconds(1_000_000, lastFailedAt, after(0))).toBe(MAX_WAIT_SECONDS);
    expect(MAX_WAIT_SECONDS).toBeLessThanOrEqual(300);
    expect(passwordWaitSeconds(1_000_000, lastFailedAt, after(MAX_WAIT_SECONDS))).toBe(0);
  });

  it('counts down from the last wrong guess, rounding up to whole seconds', () => {
    expect(passwordWaitSeconds(6, lastFailedAt, after(10))).toBe(20);
    expect(passwordWaitSeconds(6, lastFailedAt, after(29.2))).toBe(1);
    expect(passwordWaitSeconds(6, lastFailedAt, after(30))).toBe(0);
  });

  it('treats a clock that went backwards as the full wait, not more', () => {
    expect(passwordWaitSeconds(5, lastFailedAt, after(-60))).toBe(15);
  });
});
