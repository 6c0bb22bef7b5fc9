/**
 * Every word the page draws before its first rows, in one catalog so that the first load fetches one file: the
 * header and tabs, the file browser's sentences and labels, the words every feature shares, and those shown before
 * a lazy part's code (and catalog) arrives (the link panel's title while it loads, what to do when it could not).
 * See shared/i18n.ts.
 */
import { defineMessages, type Messages } from './i18n';
import type en from './catalog/en.json';

type Values = {
  linkPanelTitle: { count: number };
  filterRowLabel: { filter: string; row: number; rows: number };
  qrAlt: { fileName: string };
  searchResultsCrumb: { search: string };
  folderCount: { count: number };
  openFolder: { folderName: string };
  createLinkFor: { fileName: string };
  createLinks: { count: number };
  selectedCount: { count: number };
  selectFile: { fileName: string };
  activeLinks: { count: number };
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

export const pageMessages = book.messages;
export const loadPageMessages = book.load;

/**
 * Said when the page's catalogs themselves could not be downloaded, so in no language but English: the only
 * words shipped inside the page's code.
 */
export const catalogsUnavailable = {
  sentence: 'This page could not load. Check your internet connection, then try again.',
  retry: 'Try again',
} as const;
