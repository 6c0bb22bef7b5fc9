/**
 * Every catalog (the page's features and the recipient's page) is complete in every language: the same keys as
 * English, the same placeholders in each message, plural forms that exist in the language and cover every whole
 * number up to 10,000 (no count on these pages is larger), and the text our small formatter renders is the text
 * the reference ICU implementation (intl-messageformat) renders, for every message and a sweep of values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOG_LANGUAGES } from '../../../src/common/i18n/languages';
import { formatMessage, messageArguments } from '../../../src/common/i18n/message-format';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FOLDERS = [
  'src/dashboard/shared/catalog',
  'src/dashboard/link-panel/catalog',
  'src/dashboard/links-view/catalog',
  'src/backend/secure-links/catalog',
];
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 101, 102, 1000, 1001, 10_000];

const read = (folder: string, language: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(ROOT, folder, `${language}.json`), 'utf8')) as Record<string, string>;

/** The plural categories whole numbers up to 10,000 fall into in a language. */
function wholeNumberCategories(language: string): Set<string> {
  const rules = new Intl.PluralRules(language);
  return new Set(Array.from({ length: 10_001 }, (_, n) => rules.select(n)));
}

describe.each(FOLDERS)('%s', (folder) => {
  const english = read(folder, 'en');

  it('has one catalog per language and no other', () => {
    expect(readdirSync(path.join(ROOT, folder)).sort()).toEqual(CATALOG_LANGUAGES.map((language) => `${language}.json`).sort());
  });

  describe.each(CATALOG_LANGUAGES)('%s', (language) => {
    const catalog = read(folder, language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
    const needed = wholeNumberCategories(language);

    it('has every key English has, and no other', () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    });

    it.each(Object.keys(english))('%s: same placeholders, plural forms of the language', (key) => {
      const text = catalog[key] ?? '';
      expect(text.trim()).not.toBe('');
      const args = messageArguments(text);
      expect([...args.keys()].sort()).toEqual([...messageArguments(english[key]!).keys()].sort());
      for (const [name, { kind, cases }] of args) {
        if (kind !== 'plural') continue;
        const named = cases.filter((c) => !c.startsWith('='));
        expect(named, `${key}: ${name}`).toContain('other');
        for (const category of named) expect(categories, `${key}: "${category}" is no plural form of ${language}`).toContain(category);
        for (const category of needed) expect(named, `${key}: ${language} needs a "${category}" form`).toContain(category);
      }
    });

    it('renders every message as the reference ICU implementation does', () => {
      for (const [key, text] of Object.entries(catalog)) {
        const args = messageArguments(text);
        for (const count of COUNTS) {
          const values = Object.fromEntries(
            [...args].map(([name, { kind }]) => [name, kind === 'plural' || kind === 'number' ? count : `«${name}»`]),
          );
          const reference = new IntlMessageFormat(text, language).format(values);
          expect(formatMessage(text, values, language), `${language} ${key} with ${count}`).toBe(reference);
        }
      }
    });
  });
});

/** A button's visible label and its longer accessible name (axe: label-content-name-mismatch). */
const LABEL_PAIRS = [
  ['src/dashboard/shared/catalog', 'createLink', 'createLinkFor'],
  ['src/dashboard/link-panel/catalog', 'copy', 'copyLabel'],
  ['src/dashboard/link-panel/catalog', 'open', 'openLabel'],
] as const;

describe.each(CATALOG_LANGUAGES)('%s: accessible names', (language) => {
  it.each(LABEL_PAIRS)('%s: "%s" is inside "%s"', (folder, label, name) => {
    const catalog = read(folder, language);
    const visible = catalog[label]!.toLocaleLowerCase(language);
    const spoken = formatMessage(catalog[name]!, { fileName: 'x.pdf' }, language).toLocaleLowerCase(language);
    expect(spoken).toContain(visible);
  });
});
