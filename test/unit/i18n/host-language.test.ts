/**
 * The page reads the Wix user's language from the same host field `@wix/essentials` `i18n.getLocale()` reads
 * (host.essentials, filled from the dashboard's `essentials` URL parameter), and from the browser when the host
 * gives none, where essentials throws.
 */
import { createClient } from '@wix/sdk';
import { i18n } from '@wix/essentials';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostLanguage } from '../../../src/dashboard/shared/host-language';

type ContextGlobal = typeof globalThis & { __wix_context__?: unknown };

function signIn(essentials?: { locale?: string; language?: string }): void {
  const host = { channel: { observeState: () => ({ disconnect: () => undefined }) }, environment: {}, essentials };
  createClient({ auth: { getAuthHeaders: async () => ({ headers: {} }) }, host: host as never }).enableContext('global');
}

describe('hostLanguage', () => {
  afterEach(() => {
    delete (globalThis as ContextGlobal).__wix_context__;
    vi.unstubAllGlobals();
  });

  it('takes the locale essentials reads from the dashboard host', () => {
    signIn({ locale: 'de-DE', language: 'de' });
    expect(i18n.getLocale()).toBe('de-DE');
    expect(hostLanguage()).toEqual({ catalog: 'de', locale: 'de-DE' });
  });

  it('takes the language alone when the host gives no locale', () => {
    signIn({ language: 'ja' });
    expect(i18n.getLanguage()).toBe('ja');
    expect(hostLanguage()).toEqual({ catalog: 'ja', locale: 'ja' });
  });

  it('speaks English in the user’s region when their language has no catalog', () => {
    signIn({ locale: 'sv-SE', language: 'sv' });
    expect(hostLanguage()).toEqual({ catalog: 'en', locale: 'en-SE' });
  });

  it('falls back to the browser’s languages where essentials throws', () => {
    signIn(undefined);
    expect(() => i18n.getLocale()).toThrow();
    vi.stubGlobal('navigator', { languages: ['fr-CA', 'en'], language: 'fr-CA' });
    expect(hostLanguage()).toEqual({ catalog: 'fr', locale: 'fr-CA' });
  });

  it('falls back to the browser’s languages outside any Wix host', () => {
    vi.stubGlobal('navigator', { languages: [], language: 'ko-KR' });
    expect(hostLanguage()).toEqual({ catalog: 'ko', locale: 'ko-KR' });
  });
});
