/**
 * The Wix user's language, as `@wix/essentials` `i18n.getLocale()` / `getLanguage()` read it: the dashboard hands
 * `{ language, locale }` to the page in the `essentials` URL parameter and the host keeps it as `host.essentials`.
 * It is read here through the same host-module mechanism essentials uses, because importing essentials' `i18n`
 * also brings i18next into the first load (22 kB gzip, twice the page's whole budget over the floor page);
 * test/unit/i18n/host-language.test.ts checks both read the same value. Outside Wix (no host, or a host without
 * essentials) the browser's languages decide.
 */
import { createHostModule } from '@wix/sdk-runtime/host-modules';
import { resolveLanguage, type Language } from '../../common/i18n/languages';

type EssentialsHost = { essentials?: { locale?: string; language?: string } };

const hostEssentials = createHostModule({
  locale: (host: EssentialsHost) => () => host.essentials?.locale,
  language: (host: EssentialsHost) => () => host.essentials?.language,
});

function hostTags(): string[] {
  try {
    return [hostEssentials.locale(), hostEssentials.language()].filter((tag): tag is string => Boolean(tag));
  } catch {
    return [];
  }
}

export function hostLanguage(): Language {
  const fromHost = hostTags();
  if (fromHost.length > 0) return resolveLanguage(fromHost);
  return resolveLanguage(typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}
