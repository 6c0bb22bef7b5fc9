/**
 * The page's own words that every feature shares, and those the page needs before a feature's code (and
 * catalog) arrives: the link panel's title while it loads, and what to do when it could not. See shared/i18n.ts.
 */
import { defineMessages, type Messages } from './i18n';
import type en from './catalog/en.json';

type Values = {
  linkPanelTitle: { count: number };
};

const book = defineMessages<Messages<typeof en, Values>>(
  {
  en: () => import('./catalog/en.json'),
  de: () => import('./catalog/de.json'),
  es: () => import('./catalog/es.json'),
  fr: () => import('./catalog/fr.json'),
  it: () => import('./catalog/it.json'),
  'pt-BR': () => import('./catalog/pt-BR.json'),
  nl: () => import('./catalog/nl.json'),
  pl: () => import('./catalog/pl.json'),
  ja: () => import('./catalog/ja.json'),
  ko: () => import('./catalog/ko.json'),
  tr: () => import('./catalog/tr.json'),
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
