import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments } from '../../../src/common/i18n/message-format';

describe('formatMessage', () => {
  it('picks the plural form by the language’s rules and formats the count in its locale', () => {
    const text = '{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}';
    expect([1, 2, 5, 22, 1234].map((count) => formatMessage(text, { count }, 'pl-PL'))).toEqual([
      '1 plik',
      '2 pliki',
      '5 plików',
      '22 pliki',
      '1234 pliki',
    ]);
    expect(formatMessage('{n, number} Dateien', { n: 12_345 }, 'de-DE')).toBe('12.345 Dateien');
  });

  it('prefers an exact =N form over the category', () => {
    expect(formatMessage('{n, plural, =1 {one link} other {# links}}', { n: 1 }, 'ja')).toBe('one link');
  });

  it('keeps a missing value visible and never reads values as messages', () => {
    expect(formatMessage('{a} and {b}', { a: '{b}' }, 'en')).toBe('{b} and {b}');
  });

  it('refuses a message it cannot read, so a broken catalog fails its test', () => {
    expect(() => formatMessage('{count, plural, one {# file}', { count: 1 }, 'en')).toThrow();
    expect(() => formatMessage('{not an argument}', {}, 'en')).toThrow();
  });

  it('names each argument with how it is used', () => {
    expect(Object.fromEntries(messageArguments('{done, number} of {total, plural, one {# file} other {# files}} for {name}'))).toEqual({
      done: { kind: 'number', cases: [] },
      total: { kind: 'plural', cases: ['one', 'other'] },
      name: { kind: '', cases: [] },
    });
  });
});
