/**
 * ICU MessageFormat, the part of it the catalogs use: `{name}`, `{count, number}`, and `{count, plural, =0 {…}
 * one {# file} other {# files}}`, with plural categories from Intl.PluralRules and numbers from Intl.NumberFormat.
 * It is the syntax Wix's own i18n stack (i18next-icu) and translation tools read. The full library
 * (intl-messageformat) is 12 kB gzip, more than the page's first-load budget allows, so this reads the subset,
 * and test/unit/i18n/catalogs.test.ts renders every catalog message with both and expects the same text.
 * A value that is missing leaves its `{name}` visible, so a test sees it rather than a shorter sentence.
 */
import { numberFormat, pluralRules } from './intl-cache';

export type MessageValue = string | number;
type Kind = 'number' | 'plural';
type Part = string | { arg: string; kind?: Kind; cases?: Record<string, Part[]> } | { pound: true };

const INSIDE_ARGUMENT = /\s*([A-Za-z0-9_]+)\s*(?:,\s*(number)\s*|,\s*(plural)\s*,)?/y;

function parse(text: string, from: number, nested: boolean): [Part[], number] {
  const parts: Part[] = [];
  let literal = '';
  let at = from;
  for (; at < text.length; at++) {
    const char = text[at]!;
    if (char === '}' && nested) break;
    if (char === '#' && nested) {
      parts.push(literal, { pound: true });
      literal = '';
    } else if (char === '{') {
      INSIDE_ARGUMENT.lastIndex = at + 1;
      const head = INSIDE_ARGUMENT.exec(text);
      if (!head) throw new Error(`Bad message: ${text}`);
      const [whole, arg = '', number, choice] = head;
      at += 1 + whole.length;
      const argument: Part = { arg, kind: (number ?? choice) as Kind | undefined };
      if (choice) {
        argument.cases = {};
        for (let match = /^\s*([^\s{]+)\s*\{/.exec(text.slice(at)); match; match = /^\s*([^\s{]+)\s*\{/.exec(text.slice(at))) {
          const [cases, end] = parse(text, at + match[0].length, true);
          argument.cases[match[1]!] = cases;
          at = end + 1;
        }
        at += /^\s*/.exec(text.slice(at))![0].length;
      }
      if (text[at] !== '}') throw new Error(`Bad message: ${text}`);
      parts.push(literal, argument);
      literal = '';
    } else {
      literal += char;
    }
  }
  parts.push(literal);
  return [parts.filter((part) => part !== ''), at];
}

const parsed = new Map<string, Part[]>();

export function parseMessage(text: string): Part[] {
  let parts = parsed.get(text);
  if (!parts) {
    parts = parse(text, 0, false)[0];
    parsed.set(text, parts);
  }
  return parts;
}

/** Every argument a message takes, with how it is used ('plural', 'number' or '' for a plain value). */
export function messageArguments(text: string): Map<string, { kind: string; cases: string[] }> {
  const found = new Map<string, { kind: string; cases: string[] }>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string' || 'pound' in part) continue;
      const known = found.get(part.arg);
      const cases = Object.keys(part.cases ?? {});
      if (!known || part.kind) found.set(part.arg, { kind: part.kind ?? known?.kind ?? '', cases });
      Object.values(part.cases ?? {}).forEach(walk);
    }
  };
  walk(parseMessage(text));
  return found;
}

const formatNumber = (value: number, locale: string) => numberFormat(locale).format(value);

function render(parts: Part[], values: Readonly<Record<string, MessageValue>>, locale: string, count?: number): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') text += part;
    else if ('pound' in part) text += count === undefined ? '#' : formatNumber(count, locale);
    else {
      const value = values[part.arg];
      if (value === undefined) text += `{${part.arg}}`;
      else if (!part.cases) text += part.kind === 'number' ? formatNumber(Number(value), locale) : String(value);
      else {
        const { cases } = part;
        const category = pluralRules(locale).select(Number(value));
        const chosen = cases[`=${value}`] ?? cases[category] ?? cases.other ?? [];
        text += render(chosen, values, locale, Number(value));
      }
    }
  }
  return text;
}

export function formatMessage(text: string, values: Readonly<Record<string, MessageValue>>, locale: string): string {
  return render(parseMessage(text), values, locale);
}
