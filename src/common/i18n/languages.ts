/**
 * Which catalog a user gets and which locale formats their dates and numbers. One language at a time: a user
 * whose language has no catalog reads English words with English formatting (`en` with their region, so a Swede
 * gets "9 Dec 2026, 14:05" in English, never Swedish month names inside an English sentence).
 */
export const CATALOG_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'ko', 'tr'] as const;
export type CatalogLanguage = (typeof CATALOG_LANGUAGES)[number];

/** `catalog`: whose words; `locale`: the BCP 47 tag dates, numbers and plural forms are formatted with. */
export type Language = { catalog: CatalogLanguage; locale: string };

export const ENGLISH: Language = { catalog: 'en', locale: 'en-US' };

function canonical(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.trim());
  } catch {
    return undefined;
  }
}

/** The catalog for a tag: its language's, Brazilian Portuguese for any Portuguese. */
function catalogOf(locale: Intl.Locale): CatalogLanguage | undefined {
  const language = locale.language === 'pt' ? 'pt-BR' : locale.language;
  return CATALOG_LANGUAGES.find((catalog) => catalog === language);
}

/** The first tag (most preferred first) that has a catalog; else English in the first tag's region. */
export function resolveLanguage(tags: readonly string[]): Language {
  const locales = tags.map(canonical).filter((locale): locale is Intl.Locale => locale !== undefined);
  for (const locale of locales) {
    const catalog = catalogOf(locale);
    if (catalog) return { catalog, locale: locale.baseName };
  }
  const region = locales[0]?.region;
  return region ? { catalog: 'en', locale: `en-${region}` } : ENGLISH;
}
