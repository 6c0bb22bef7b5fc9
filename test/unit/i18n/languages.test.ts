import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../src/common/i18n/languages';

describe('resolveLanguage', () => {
  it('gives each catalog language its own catalog in the user’s locale', () => {
    expect(resolveLanguage(['de-AT'])).toEqual({ catalog: 'de', locale: 'de-AT' });
    expect(resolveLanguage(['ja-JP'])).toEqual({ catalog: 'ja', locale: 'ja-JP' });
    expect(resolveLanguage(['pt-BR'])).toEqual({ catalog: 'pt-BR', locale: 'pt-BR' });
    expect(resolveLanguage(['pt-PT'])).toEqual({ catalog: 'pt-BR', locale: 'pt-PT' });
  });

  it('falls back to English as a whole, dates and numbers included, keeping the region', () => {
    const swedish = resolveLanguage(['sv-SE']);
    expect(swedish).toEqual({ catalog: 'en', locale: 'en-SE' });
    const date = new Intl.DateTimeFormat(swedish.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-12-09T00:00:00Z'));
    expect(date).toMatch(/Dec/);
    expect(resolveLanguage(['zh'])).toEqual({ catalog: 'en', locale: 'en-US' });
    expect(resolveLanguage(['not a tag', ''])).toEqual({ catalog: 'en', locale: 'en-US' });
    expect(resolveLanguage([])).toEqual({ catalog: 'en', locale: 'en-US' });
  });
});
