/**
 * Every sentence and label of the file browser: the keys of catalog/en.json and its translations (see
 * shared/i18n.ts; how to add one: docs/ARCHITECTURE.md, "Words"). Values go in by name
 * (`selectedCount({ count })`); components never join messages or add words of their own. Loaded before the
 * page's first render.
 */
import { defineMessages, type Messages } from '../shared/i18n';
import type en from './catalog/en.json';

type Values = {
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

export const fileBrowserMessages = book.messages;
export const loadFileBrowserMessages = book.load;
