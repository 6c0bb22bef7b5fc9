/**
 * ICU MessageFormat, the part of it the catalogs use: `{name}`, `{count, number}`, and `{count, plural, =0 {…}
 * one {# file} other {# files}}`, with plural categories from Intl.PluralRules and numbers from Intl.NumberFormat.
 * It is the syntax Wix's own i18n stack (i18next-icu) and translation tools read. The full library
 * (intl-messageformat) is 12 kB gzip, more than the page's first-load budget allows, so this reads the subset in
 * one pass, formatting as it reads, and test/unit/i18n/catalogs.test.ts renders every catalog message with both
 * and expects the same text. A value that is missing leaves its `{name}` visible, so a test sees it rather than
 * a shorter sentence.
 */
import { numberFormat, pluralRules } from './intl-cache';

export type MessageValue = string | number;
type Values = Readonly<Record<string, MessageValue>>;
type Seen = (name: string, kind: string, cases: string[]) => void;

const ARGUMENT = /\s*(\w+)\s*(?:,\s*(number|plural)\s*(,)?)?/y;
const CASE = /\s*([^\s{}]+)\s*\{/y;
const CLOSE = /\s*\}/y;

const readAt = (pattern: RegExp, text: string, at: number): RegExpExecArray | null => {
  pattern.lastIndex = at;
  return pattern.exec(text);
};

function expectAt(pattern: RegExp, text: string, at: number): RegExpExecArray {
  const match = readAt(pattern, text, at);
  if (!match) throw new Error(`Bad message: ${text}`);
  return match;
}

/** Formats `text` from `at` to its end, or to the `}` that closes a plural case; returns the text and where it stopped. */
function format(text: string, at: number, values: Values, locale: string, seen: Seen, count?: number): [string, number] {
  let out = '';
  for (; at < text.length && !(count !== undefined && text[at] === '}'); at++) {
    const char = text[at];
    if (char === '#' && count !== undefined) out += Number.isNaN(count) ? '#' : numberFormat(locale).format(count);
    else if (char !== '{') out += char;
    else {
      const [head, name = '', kind = '', comma] = expectAt(ARGUMENT, text, at + 1);
      if ((kind === 'plural') !== Boolean(comma)) throw new Error(`Bad message: ${text}`);
      at += 1 + head.length;
      const value = values[name];
      let shown = value === undefined ? `{${name}}` : kind === 'number' ? numberFormat(locale).format(Number(value)) : String(value);
      const cases: Record<string, string> = {};
      for (let match = kind === 'plural' && readAt(CASE, text, at); match; match = readAt(CASE, text, at)) {
        [cases[match[1]!], at] = format(text, at + match[0].length, values, locale, seen, value === undefined ? NaN : Number(value));
        at += 1;
      }
      if (kind === 'plural' && value !== undefined) {
        shown = cases[`=${value}`] ?? cases[pluralRules(locale).select(Number(value))] ?? cases.other ?? '';
      }
      at += expectAt(CLOSE, text, at)[0].length - 1;
      seen(name, kind, Object.keys(cases));
      out += shown;
    }
  }
  return [out, at];
}

export function formatMessage(text: string, values: Values, locale: string): string {
  return format(text, 0, values, locale, () => undefined)[0];
}

/** Every argument a message takes, with how it is used ('plural', 'number' or '' for a plain value). */
export function messageArguments(text: string): Map<string, { kind: string; cases: string[] }> {
  const found = new Map<string, { kind: string; cases: string[] }>();
  format(text, 0, {}, 'en', (name, kind, cases) => {
    if (!found.has(name) || kind) found.set(name, { kind, cases });
  });
  return found;
}
