/**
 * Every sentence and label of the Links view: the keys of catalog/en.json and its translations (see
 * shared/i18n.ts; how to add one: docs/ARCHITECTURE.md, "Words"). Values go in by name
 * (`downloads({ count, max })`); components never join messages or add words of their own. Failures are worded
 * here from their error code; the backend's own `message` is never shown. The catalog is fetched with the view's
 * code (LazyLinksView); its loading and loading-failure words are the page's (shared/messages.ts), since they
 * show before this catalog has arrived.
 */
import { defineMessages, type Messages } from '../shared/i18n';
import type en from './catalog/en.json';

type FileName = { fileName: string };
type Count = { count: number };
type When = { relative: string; moment: string };

type Values = {
  expiry: When;
  downloads: { count: number; max: number };
  downloadsUnlimited: Count;
  compactDetails: { label: string; created: string };
  compactDetailsUnlabelled: { created: string };
  fileIconLabel: { type: string };
  copyLabel: FileName;
  openLabel: FileName;
  qrLabel: FileName;
  qrTitle: FileName;
  deleteLabel: FileName;
  deleteDirectBody: { fileName: string; moment: string };
  deleteSecureBody: FileName;
  deleted: FileName;
  alreadyDeleted: FileName;
  turnOffLabel: FileName;
  turnOffDirectLabel: FileName;
  turnOffBody: FileName;
  turnedOff: FileName;
  editLabel: FileName;
  editIntro: FileName;
  editExpiresAt: When;
  editExpiryTooFar: { latest: string };
  editLimitHelp: Count;
  editLimitInvalid: { max: number };
  saved: FileName;
  lastUsed: When;
  wrongPasswords: Count;
  selectLink: FileName;
  bulkTurnOff: Count;
  bulkTitle: Count;
  bulkBody: Count;
  bulkProgress: { done: number; total: number };
  bulkAllDone: Count;
  bulkSomeFailed: { done: number; total: number };
  bulkFailedItem: { fileName: string; reason: string };
};

const book = defineMessages<Messages<typeof en, Values>>(
  {
    en: () => import('./catalog/en.json?raw'),
    de: () => import('./catalog/de.json?raw'),
    es: () => import('./catalog/es.json?raw'),
    fr: () => import('./catalog/fr.json?raw'),
    it: () => import('./catalog/it.json?raw'),
    'pt-BR': () => import('./catalog/pt-BR.json?raw'),
    nl: () => import('./catalog/nl.json?raw'),
    pl: () => import('./catalog/pl.json?raw'),
    ja: () => import('./catalog/ja.json?raw'),
    ko: () => import('./catalog/ko.json?raw'),
    tr: () => import('./catalog/tr.json?raw'),
  },
  import.meta.url,
);

export const linksViewMessages = book.messages;
export const loadLinksViewMessages = book.load;
