import { describe, expect, it } from 'vitest';
import { MAX_MINT_MINUTES, MIN_MINT_MINUTES, mintMinutes, UNKNOWN_SIZE_MINT_MINUTES } from '../../../src/backend/secure-links/mint-duration';

describe('mintMinutes', () => {
  it('gives small files a few minutes', () => {
    expect(mintMinutes(0)).toBe(MIN_MINT_MINUTES);
    expect(mintMinutes(2_000_000)).toBe(MIN_MINT_MINUTES + 1);
  });

  it('grows with the size, at a slow connection of 1 Mbit/s', () => {
    expect(mintMinutes(75_000_000)).toBe(MIN_MINT_MINUTES + 10);
    expect(mintMinutes(750_000_000)).toBe(MIN_MINT_MINUTES + 100);
  });

  it('is capped for huge files', () => {
    expect(mintMinutes(50_000_000_000)).toBe(MAX_MINT_MINUTES);
  });

  it('has a middle value when the size is unknown or nonsense', () => {
    for (const size of [undefined, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(mintMinutes(size)).toBe(UNKNOWN_SIZE_MINT_MINUTES);
  });
});
