/**
 * Every sentence and label of the link panel: the keys of catalog/en.json and its translations (see
 * shared/i18n.ts; how to add one: docs/ARCHITECTURE.md, "Words"). Values go in by name
 * (`resultsSummary({ done, total })`); components never join messages or add words of their own. The backend's
 * own `message` texts are never shown: failures are worded here from their error code (link-error-messages.ts).
 * The catalog is fetched with the panel's code (LazyLinkPanel); the panel's title and its loading-failure words
 * are the page's (shared/messages.ts), since they show before this catalog has arrived.
 */
import { defineMessages, type Messages } from '../shared/i18n';
import type en from './catalog/en.json';

type FileName = { fileName: string };

type Values = {
  expiresAt: { moment: string; relative: string };
  expiryTooFar: { latest: string };
  maxDownloadsInvalid: { max: number };
  passwordInvalid: { min: number; max: number };
  publicWarning: { count: number };
  submit: { count: number };
  resultsSummary: { done: number; total: number };
  progressLabel: { answered: number; total: number };
  historyNotSaved: { count: number };
  linkTitleWithFormat: { fileName: string; format: string };
  urlLabel: { fileName: string; format: string };
  linkExpires: { moment: string; relative: string };
  copyLabel: FileName;
  copiedAll: { count: number };
  openLabel: FileName;
  retryFailed: { count: number };
  failedResult: { reason: string };
  fileMissingFormats: { fileName: string; formats: string };
  fileNotFound: FileName;
  fileRateLimited: FileName;
  fileUpstreamError: FileName;
  fileSecureNotSaved: FileName;
  fileRejected: FileName;
  requestFilesRefused: { max: number };
  requestSettingRefused: { setting: string };
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

export const linkPanelMessages = book.messages;
export const loadLinkPanelMessages = book.load;
