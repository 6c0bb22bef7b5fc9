/** Medians with their spread: single timings on a shared 2-core machine mean little on their own. */
export type Summary = { medianMs: number; minMs: number; maxMs: number; runs: number };

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('A median needs at least one value.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)), runs: samples.length };
}

/** Two decimals: enough for ratios, and milliseconds below that are noise. */
export const round = (value: number): number => Math.round(value * 100) / 100;

export const ratio = (value: number, base: number): number => round(value / base);
