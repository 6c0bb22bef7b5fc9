/**
 * The page's words come from per-feature catalogs (`<feature>/catalog/<language>.json`, ICU messages with flat
 * keys): only the user's language is downloaded, each when its code is (shared/catalog, every word drawn before the
 * first rows, before the first render; the link panel's and the Links view's with their chunks). A feature's
 * `messages.ts` keeps one object whose keys are the catalog's: a message without placeholders reads as a string,
 * one with placeholders is a function of named values (`selectedCount({ count })`). How to add a message:
 * docs/ARCHITECTURE.md ("Words").
 */
import { ENGLISH, type CatalogLanguage, type Language } from '../../common/i18n/languages';
import { formatMessage, type MessageValue } from '../../common/i18n/message-format';
import { retryableImport } from './retryable-import';

type Catalog = Readonly<Record<string, string>>;
/**
 * Each language's catalog as its JSON text (`import('./catalog/de.json?raw')`): a chunk of one string is about a
 * third smaller than the JSON as a module, which also exports every key by name.
 */
export type CatalogLoaders = Readonly<Record<CatalogLanguage, () => Promise<{ default: string }>>>;
type Values = Readonly<Record<string, MessageValue>>;

/** `En` is the English catalog's type; `V` names the values of each message that has placeholders. */
export type Messages<En, V extends { [K in keyof V]: K extends keyof En ? Values : never }> = {
  readonly [K in keyof En]: K extends keyof V ? (values: V[K]) => string : string;
};

let active: Language = ENGLISH;

/** The page's language, chosen once before its first render (page.tsx) and kept for the page's life. */
export const pageLanguage = (): Language => active;

export function setPageLanguage(language: Language): void {
  active = language;
}

export type MessageBook<M> = { messages: M; load: () => Promise<void> };

/**
 * A feature's catalogs. `load()` fetches the page language's catalog once (again after a failure, under a
 * fresh URL: see retryable-import); reading a message before it finished is a bug and throws.
 */
export function defineMessages<M>(loaders: CatalogLoaders, importerModuleUrl: string): MessageBook<M> {
  const imports = new Map<CatalogLanguage, () => Promise<{ default: string }>>();
  let loaded: { language: CatalogLanguage; catalog: Catalog } | undefined;
  const load = async () => {
    const language = active.catalog;
    if (loaded?.language === language) return;
    let fetch = imports.get(language);
    if (!fetch) imports.set(language, (fetch = retryableImport(loaders[language], importerModuleUrl)));
    loaded = { language, catalog: JSON.parse((await fetch()).default) as Catalog };
  };
  const messages = new Proxy({} as Catalog, {
    get(_, key) {
      if (typeof key !== 'string' || key === 'then') return undefined;
      if (!loaded) throw new Error(`${key}: catalog not loaded`);
      const text = loaded.catalog[key];
      if (text === undefined) throw new Error(`${key}: no such message`);
      return text.includes('{') ? (values: Values) => formatMessage(text, values, active.locale) : text;
    },
  });
  return { messages: messages as M, load };
}
