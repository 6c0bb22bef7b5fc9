/**
 * Injected trouble for the Media Manager endpoints: added latency, and a seeded share of requests that fail
 * with a chosen status (0 = the connection is dropped). Seeded so a failing test replays the same sequence.
 */
import { z } from 'zod';
import { applicationError, systemError, type WixHttpError } from './errors';

export const faultConfigSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(60_000).optional(),
  errorRate: z.number().min(0).max(1).optional(),
  statuses: z.array(z.union([z.literal(0), z.number().int().min(400).max(599)])).min(1).optional(),
  seed: z.number().int().optional(),
});
export type FaultConfig = z.infer<typeof faultConfigSchema>;

export type FaultOutcome = { kind: 'pass' } | { kind: 'drop' } | { kind: 'fail'; error: WixHttpError };

/** mulberry32: a tiny deterministic generator; quality is irrelevant here, only repeatability. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function injectedError(status: number): WixHttpError {
  if (status === 429) {
    return applicationError(429, 'RESOURCE_EXHAUSTED', 'Too many requests (injected fault).', {}, { 'Retry-After': '1' });
  }
  if (status >= 500) return systemError(status);
  return applicationError(status, 'INJECTED_FAULT', `Injected fault with status ${status}.`);
}

export class Faults {
  private config: FaultConfig = {};
  private random: () => number = seededRandom(0);

  set(config: FaultConfig): void {
    this.config = config;
    this.random = seededRandom(config.seed ?? 0);
  }

  current(): FaultConfig {
    return this.config;
  }

  async apply(): Promise<FaultOutcome> {
    const { latencyMs, errorRate, statuses } = this.config;
    if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (!errorRate || this.random() >= errorRate) return { kind: 'pass' };
    const choices = statuses ?? [500];
    const status = choices[Math.floor(this.random() * choices.length)] ?? 500;
    return status === 0 ? { kind: 'drop' } : { kind: 'fail', error: injectedError(status) };
  }
}
