/** How long to wait before retrying one file: exponential backoff with jitter, never before Retry-After. */
import { RETRY_BASE_DELAY_MS, RETRY_MAX_DELAY_MS } from '../../common/limits';

/**
 * "Equal jitter": half the exponential step is fixed, half random, so retries of many files spread
 * out instead of hitting Wix again in lockstep. `retryNumber` starts at 1.
 */
export function retryDelayMs(retryNumber: number, retryAfterMs: number | undefined, random: () => number): number {
  const step = Math.min(RETRY_MAX_DELAY_MS, RETRY_BASE_DELAY_MS * 2 ** (retryNumber - 1));
  const backoff = Math.round(step / 2 + (step / 2) * random());
  return Math.max(backoff, retryAfterMs ?? 0);
}
