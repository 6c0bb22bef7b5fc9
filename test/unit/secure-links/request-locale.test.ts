import { describe, expect, it } from 'vitest';
import { requestLocale } from '../../../src/backend/secure-links/request-locale';

describe('requestLocale', () => {
  it('takes the preferred supported locale', () => {
    expect(requestLocale('de-DE,de;q=0.9,en;q=0.8')).toBe('de-DE');
    expect(requestLocale('en;q=0.5, fr-CA;q=0.9')).toBe('fr-CA');
  });

  it('skips malformed and refused entries', () => {
    expect(requestLocale('not a locale!!, *, ja;q=0, es')).toBe('es');
  });

  it('falls back to English', () => {
    for (const header of [null, undefined, '', '*', ';;;', 'x'.repeat(10_000), '\u{1F600}']) expect(requestLocale(header)).toBe('en');
  });
});
