/** Wix's "200 requests per minute per site", as a fixed one-minute window on real time. */
import { applicationError } from './errors';

const REQUESTS_PER_MINUTE = 200;
const WINDOW_MS = 60_000;

export class RateLimiter {
  enabled: boolean;
  private windowStart = 0;
  private count = 0;

  constructor(enabled: boolean) {
    this.enabled = enabled;
  }

  /** Counts one request; throws Wix's 429 when the window is full. */
  take(): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.windowStart >= WINDOW_MS) {
      this.windowStart = now;
      this.count = 0;
    }
    this.count++;
    if (this.count > REQUESTS_PER_MINUTE) {
      const retryAfter = Math.max(1, Math.ceil((this.windowStart + WINDOW_MS - now) / 1000));
      throw applicationError(
        429,
        'RESOURCE_EXHAUSTED',
        `Too many requests: at most ${REQUESTS_PER_MINUTE} per minute per site. Try again in ${retryAfter} seconds.`,
        {},
        { 'Retry-After': String(retryAfter) },
      );
    }
  }

  reset(): void {
    this.windowStart = 0;
    this.count = 0;
  }
}
