/**
 * The locale for dates and numbers on the recipient's page: the first language in Accept-Language that Intl
 * supports. Any header at all is accepted; a malformed one falls back to English rather than failing the page.
 */
const FALLBACK = 'en';
const MAX_CANDIDATES = 10;

export function requestLocale(acceptLanguage: string | null | undefined): string {
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
  for (const { tag } of candidates) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
      if (supported) return supported;
    } catch {
      // A malformed tag: try the next one.
    }
  }
  return FALLBACK;
}
