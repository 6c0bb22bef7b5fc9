/**
 * Every sentence a recipient of a secure link can read, whole, as ICU messages with named placeholders
 * (`{expiry}`), in every catalog language: the backend is one bundle, so all of them ship with it. The recipient's
 * language comes from Accept-Language (request-locale.ts); dates and numbers in the values are formatted for the
 * same locale. Each page says what the recipient can do next. Every catalog has the same keys and placeholders
 * (test/unit/i18n/catalogs.test.ts).
 */
import type { CatalogLanguage } from '../../common/i18n/languages';
import en from './catalog/en.json';
import de from './catalog/de.json';
import es from './catalog/es.json';
import fr from './catalog/fr.json';
import it from './catalog/it.json';
import ptBR from './catalog/pt-BR.json';
import nl from './catalog/nl.json';
import pl from './catalog/pl.json';
import ja from './catalog/ja.json';
import ko from './catalog/ko.json';
import tr from './catalog/tr.json';

export type RecipientMessage = keyof typeof en;

export const recipientCatalogs: Readonly<Record<CatalogLanguage, Readonly<Record<RecipientMessage, string>>>> = { en, de, es, fr, it, 'pt-BR': ptBR, nl, pl, ja, ko, tr };
