/**
 * The Wix user's account language, as the dashboard hands it to a page: the page iframe URL's `essentials`
 * parameter, URI-encoded JSON with `language` and `locale`, which @wix/dashboard's host parses into
 * `host.essentials` and @wix/essentials `i18n.getLocale()` / `getLanguage()` then return. It is read from the URL
 * here, as that host reads it: importing essentials' `i18n` brings i18next into the first load (22 kB gzip) and
 * a host module of our own a second copy of the SDK runtime (0.75 kB), against a budget of about 1 kB for all of
 * the page's own growth. test/unit/i18n/host-language.test.ts checks that this gives what those calls give. Where
 * the host gives none (their calls throw), the browser's languages decide.
 */
import { resolveLanguage, type Language } from '../../common/i18n/languages';

function fromEssentials(search: string): string[] {
  const raw = new URLSearchParams(search).get('essentials');
  try {
    const essentials = raw ? (JSON.parse(decodeURIComponent(raw)) as { locale?: unknown; language?: unknown }) : {};
    return [essentials.locale, essentials.language].filter((tag): tag is string => typeof tag === 'string' && tag !== '');
  } catch {
    return [];
  }
}

export function hostLanguage(search: string = location.search, browser: Pick<Navigator, 'languages' | 'language'> = navigator): Language {
  const fromHost = fromEssentials(search);
  return resolveLanguage(fromHost.length > 0 ? fromHost : browser.languages.length > 0 ? browser.languages : [browser.language]);
}
