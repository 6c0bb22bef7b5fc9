// @vitest-environment jsdom
/**
 * The page reads the Wix user's language from the same place @wix/dashboard's host and then @wix/essentials
 * `i18n.getLocale()` read it, the page URL's `essentials` parameter, and gets the same answer; where the host
 * gives none (essentials throws), the browser's languages decide.
 */
import { createClient } from '@wix/sdk';
import { dashboard } from '@wix/dashboard';
import { i18n } from '@wix/essentials';
import { afterEach, describe, expect, it } from 'vitest';
import { hostLanguage } from '../../../src/dashboard/shared/host-language';

type ContextGlobal = typeof globalThis & { __wix_context__?: unknown };

/** The page URL as the dashboard writes it, and what Wix's own host and essentials make of it. */
function wixReads(essentials: object | undefined): { search: string; locale: () => string; language: () => string } {
  const url = new URL('https://example.wixsite.com/page');
  url.searchParams.set('siteInfo', encodeURIComponent('{}'));
  if (essentials) url.searchParams.set('essentials', encodeURIComponent(JSON.stringify(essentials)));
  const host = dashboard.host({ fullUrl: url.href, origin: 'https://manage.wix.com', postMessage: () => undefined, autoHeightUpdate: false });
  createClient({ auth: { getAuthHeaders: async () => ({ headers: {} }) }, host: host as never }).enableContext('global');
  return { search: url.search, locale: () => i18n.getLocale(), language: () => i18n.getLanguage() };
}

const browser = (languages: string[]) => ({ languages, language: languages[0] ?? '' });

describe('hostLanguage', () => {
  afterEach(() => {
    delete (globalThis as ContextGlobal).__wix_context__;
  });

  it('takes the locale essentials returns for the same page URL', () => {
    const wix = wixReads({ language: 'de', locale: 'de-DE' });
    expect(wix.locale()).toBe('de-DE');
    expect(hostLanguage(wix.search, browser(['en-US']))).toEqual({ catalog: 'de', locale: 'de-DE' });
  });

  it('takes the language alone when the host gives no locale', () => {
    const wix = wixReads({ language: 'ja' });
    expect(wix.language()).toBe('ja');
    expect(hostLanguage(wix.search, browser(['en-US']))).toEqual({ catalog: 'ja', locale: 'ja' });
  });

  it('speaks English in the user’s region when their language has no catalog', () => {
    const wix = wixReads({ language: 'sv', locale: 'sv-SE' });
    expect(hostLanguage(wix.search, browser(['de-DE']))).toEqual({ catalog: 'en', locale: 'en-SE' });
  });

  it('falls back to the browser’s languages where essentials throws', () => {
    const wix = wixReads(undefined);
    expect(() => wix.locale()).toThrow();
    expect(hostLanguage(wix.search, browser(['fr-CA', 'en']))).toEqual({ catalog: 'fr', locale: 'fr-CA' });
    expect(hostLanguage('?essentials=%7Bnot%20json', browser(['ko-KR']))).toEqual({ catalog: 'ko', locale: 'ko-KR' });
  });
});
