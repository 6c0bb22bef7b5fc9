import { describe, expect, it } from 'vitest';
import { requestLanguage } from '../../../src/backend/secure-links/request-locale';

describe('requestLanguage', () => {
  it('takes the preferred language that has a catalog, formatted in that tag’s locale', () => {
    expect(requestLanguage('de-DE,de;q=0.9,en;q=0.8')).toEqual({ catalog: 'de', locale: 'de-DE' });
    expect(requestLanguage('en;q=0.5, fr-CA;q=0.9')).toEqual({ catalog: 'fr', locale: 'fr-CA' });
    expect(requestLanguage('pt-PT')).toEqual({ catalog: 'pt-BR', locale: 'pt-PT' });
  });

  it('passes over a preferred language without a catalog for a later one with one', () => {
    expect(requestLanguage('sv-SE, ja;q=0.7')).toEqual({ catalog: 'ja', locale: 'ja' });
  });

  it('speaks English in the first tag’s region when no language has a catalog', () => {
    expect(requestLanguage('sv-SE,sv;q=0.9')).toEqual({ catalog: 'en', locale: 'en-SE' });
  });

  it('skips malformed and refused entries', () => {
    expect(requestLanguage('not a locale!!, *, ja;q=0, es')).toEqual({ catalog: 'es', locale: 'es' });
  });

  it('falls back to English', () => {
    for (const header of [null, undefined, '', '*', ';;;', 'x'.repeat(10_000), '\u{1F600}']) {
      expect(requestLanguage(header)).toEqual({ catalog: 'en', locale: 'en-US' });
    }
  });
});
