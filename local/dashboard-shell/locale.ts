/**
 * The Wix user's account language the shell plays: `?locale=de-DE` on the dashboard URL, en-US by default. Wix
 * hands it to a dashboard page in the page iframe's `essentials` URL parameter (URI-encoded JSON with `language`
 * and `locale`, read by @wix/dashboard's host and then by @wix/essentials `i18n`); the shell does the same.
 */
export const DEFAULT_LOCALE = 'en-US';

export function parseLocale(value: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(value ?? DEFAULT_LOCALE)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The page iframe's URL, with `essentials` encoded as the dashboard encodes it (decoded once more by the host). */
export function pageFrameUrl(locale: string): string {
  const essentials = JSON.stringify({ language: new Intl.Locale(locale).language, locale });
  return `/dashboard-page?${new URLSearchParams({ essentials: encodeURIComponent(essentials) })}`;
}
