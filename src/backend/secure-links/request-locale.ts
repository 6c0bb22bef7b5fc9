/**
 * The recipient's language: the most preferred language in Accept-Language that has a catalog, formatted in
 * that tag's locale, else English (see common/i18n/languages.ts). Any header at all is accepted; a malformed one
 * falls back to English rather than failing the page.
 */
import { resolveLanguage, type Language } from '../../common/i18n/languages';

const MAX_CANDIDATES = 10;

export function requestLanguage(acceptLanguage: string | null | undefined): Language {
  const candidates = (acceptLanguage ?? '')
    .slice(0, 500)
    .split(',')
    .map((entry) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q)
    .slice(0, MAX_CANDIDATES);
  return resolveLanguage(candidates.map(({ tag }) => tag));
}
