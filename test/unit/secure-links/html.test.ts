import { describe, expect, it } from 'vitest';
import { escapeHtml, html, sentence } from '../../../src/backend/secure-links/html';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});

describe('sentence', () => {
  it('fills named placeholders, escaping text values and inserting Html values as they are', () => {
    expect(sentence('Get {name} before {when}.', { name: '<b>', when: html('<time>Fri</time>') }).html).toBe('Get &#60;b&#62; before <time>Fri</time>.');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(sentence('{left} of {max} left.', { left: '1' }).html).toBe('1 of {max} left.');
  });

  it('does not treat a value that looks like a placeholder as one', () => {
    expect(sentence('{a} and {b}', { a: '{b}', b: 'B' }).html).toBe('{b} and B');
  });
});
