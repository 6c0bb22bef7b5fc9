import React, { useCallback, useEffect, useRef, useState, type FC } from 'react';
import { Box, Button, Page, SectionHelper, Tabs, Text, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { askFirstRows, FileBrowser, firstRowsSettled } from '../file-browser';
import { LazyLinkPanel, prefetchLinkPanel } from '../link-panel';
import { LazyLinksView, openLinksView, prefetchLinksView } from '../links-view';
import type { FileRow } from '../shared/file-row';
import { dataHooks } from '../shared/data-hooks';
import { hostLanguage } from '../shared/host-language';
import { setPageLanguage } from '../shared/i18n';
import { catalogsUnavailable, loadPageMessages, pageMessages } from '../shared/messages';
import type { Language } from '../../common/i18n/languages';

type Words = { status: 'loading' } | { status: 'ready'; language: Language } | { status: 'failed' };

/** The Wix user's language, chosen once, and the words the page shows before anything else (its own and the file browser's). */
function loadFirstWords(): Promise<Language> {
  const language = hostLanguage();
  setPageLanguage(language);
  return loadPageMessages().then(() => language);
}

// Asked for as soon as this module runs, before the page's first render: they need nothing from the host.
let openingWords: Promise<Language> | undefined = loadFirstWords();
openingWords.catch(() => undefined);

/**
 * The first words: taken from the download this module started, or fetched anew for a later mount and after "Try
 * again". The file browser's first rows are asked for in the first render, the earliest moment the Wix SDK can
 * call (the host's wrapper sets it up as it renders the page). The link panel's and the Links view's words come
 * with their code.
 */
function usePageWords(): [Words, () => void] {
  const [first] = useState(() => {
    askFirstRows();
    const taken = openingWords;
    openingWords = undefined;
    return taken;
  });
  const [words, setWords] = useState<Words>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    (attempt === 0 && first ? first : loadFirstWords()).then(
      (language) => current && setWords({ status: 'ready', language }),
      () => current && setWords({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [attempt, first]);
  return [words, () => setAttempt((n) => n + 1)];
}

/** How long the list waits for its first rows before it is drawn with a skeleton instead. */
const FIRST_ROWS_GRACE_MS = 300;

/**
 * Whether the list may be drawn: once its first rows and folders are in (or after FIRST_ROWS_GRACE_MS), so it is
 * drawn once, with its rows, instead of a skeleton and then the rows (two draws of the whole list, the first of
 * which also holds up the requests on the main thread). The page's header and tabs do not wait.
 */
function useListDue(): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    let current = true;
    void firstRowsSettled(FIRST_ROWS_GRACE_MS).then(() => current && setDue(true));
    return () => {
      current = false;
    };
  }, []);
  return due;
}

type View = 'files' | 'links';

// Titles in standard text colour: WDS's blue for the active tab fails WCAG contrast on the page's grey (axe
// color-contrast); the active tab is still marked by its underline and aria-selected. Built once the words are in.
const tabs = () => [
  { id: 'files', title: <Text>{pageMessages.filesTab}</Text>, dataHook: dataHooks.filesTab },
  { id: 'links', title: <Text>{pageMessages.linksTab}</Text>, dataHook: dataHooks.linksTab },
];

const DashboardPage: FC = () => {
  const [words, retryWords] = usePageWords();
  if (words.status === 'loading') return null;
  if (words.status === 'failed') {
    return (
      <WixDesignSystemProvider>
        <Box padding="SP6">
          <SectionHelper skin="danger" dataHook={dataHooks.pageWordsFailed}>
            <Box direction="vertical" gap="SP2" align="left">
              {catalogsUnavailable.sentence}
              <Button size="small" dataHook={dataHooks.pageWordsRetry} onClick={retryWords}>
                {catalogsUnavailable.retry}
              </Button>
            </Box>
          </SectionHelper>
        </Box>
      </WixDesignSystemProvider>
    );
  }
  return <SharePage locale={words.language.locale} />;
};

const SharePage: FC<{ locale: string }> = ({ locale }) => {
  const [zone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [view, setView] = useState<View>('files');
  const listDue = useListDue();
  // The Files view is drawn the first time it is due and on screen, and stays mounted from then on: an owner who
  // goes straight to the Links tab gets no list drawn behind it.
  const filesMounted = useRef(false);
  if (listDue && view === 'files') filesMounted.current = true;
  const [selected, setSelected] = useState<FileRow[]>([]);
  // Each opening is a fresh panel (keyed by its number), so its form and results start anew.
  const [panel, setPanel] = useState<{ files: FileRow[]; opening: number } | null>(null);
  // Bumped whenever links may have been made or deleted, so the Files view counts its files' active links again.
  const [linksChanged, setLinksChanged] = useState(0);
  const countAgain = useCallback(() => setLinksChanged((n) => n + 1), []);

  const openPanel = (files: FileRow[]) => setPanel((open) => ({ files, opening: (open?.opening ?? 0) + 1 }));
  const show = (next: View) => {
    if (next === 'files' && view !== 'files') countAgain();
    if (next === 'links' && view !== 'links') {
      openLinksView();
      setPanel(null);
    }
    setView(next);
  };

  return (
    <WixDesignSystemProvider locale={locale}>
      {/* WDS's default minimum (864 px) would push the list under a docked link panel and make narrow
          dashboards scroll sideways; the list switches to a compact layout instead (see FilesTable). */}
      <Page minWidth={0}>
        <Page.Header title={pageMessages.title} subtitle={pageMessages.subtitle} />
        <Page.Tail>
          <div onPointerOver={prefetchLinksView} onFocus={prefetchLinksView}>
            <Tabs items={tabs()} activeId={view} onClick={(tab) => show(tab.id === 'links' ? 'links' : 'files')} />
          </div>
        </Page.Tail>
        <Page.Content>
          {/* The Files view stays mounted behind the Links view, so its folder, search and selection are still
              there when the owner comes back (its rows are drawn again then, not while hidden). The panel's code is fetched once the owner points at or tabs
              into the list, so it is usually there by the time they click "Create link", while a page that is
              just opened loads only the list. */}
          <div hidden={view !== 'files'} onPointerOver={prefetchLinkPanel} onFocus={prefetchLinkPanel}>
            {filesMounted.current && (
              <FileBrowser
                hidden={view !== 'files'}
                selected={selected}
                onSelect={setSelected}
                onCreateLinks={openPanel}
                locale={locale}
                zone={zone}
                linksChanged={linksChanged}
              />
            )}
          </div>
          {view === 'links' && <LazyLinksView zone={zone} locale={locale} onGoToFiles={() => show('files')} />}
        </Page.Content>
      </Page>
      {panel && view === 'files' && (
        <LazyLinkPanel
          key={panel.opening}
          files={panel.files}
          zone={zone}
          locale={locale}
          onClose={() => setPanel(null)}
          onSeeAllLinks={() => show('links')}
          onLinksMade={countAgain}
        />
      )}
    </WixDesignSystemProvider>
  );
};

export default DashboardPage;
