import React, { useEffect, type FC } from 'react';
import { SidePanel } from '@wix/design-system';
import type { FileRow } from '../shared/file-row';
import { useCreateLinks } from './use-create-links';
import { useDockedPanel } from './use-docked-panel';
import { viewsKit } from '../shared/load-views-kit';
import { useReturnFocus } from './use-return-focus';
import { pageMessages } from '../shared/messages';
import { LinkForm } from './LinkForm';
import { PanelDock } from './PanelDock';
import { ResultsView } from './ResultsView';
import { byHook, dataHooks } from '../shared/data-hooks';

type Props = {
  files: FileRow[];
  zone: string;
  locale: string;
  onClose: () => void;
  /** Shows the Links view, where every link made is listed. */
  onSeeAllLinks: () => void;
  /** Links were made (some may have failed): the page's counts of active links are stale. */
  onLinksMade: () => void;
};

/**
 * A side panel rather than a modal, so the file list stays visible and usable next to the form.
 * The form is keyed by the selection so picking other files starts from fresh defaults.
 */
export const LinkPanel: FC<Props> = ({ files, zone, locale, onClose, onSeeAllLinks, onLinksMade }) => {
  // The batch's state lives with the panel, so its code (parts, retries, the web-method call) is in the panel's chunk.
  const links = useCreateLinks();
  const { useNow } = viewsKit();
  const now = useNow();
  const layout = useDockedPanel();
  const { state } = links;
  const creationDone = state.status === 'done';
  useEffect(() => {
    if (creationDone) onLinksMade();
  }, [creationDone, onLinksMade]);
  const selectionKey = files.map((f) => f.id).join('\n');
  useReturnFocus(selectionKey, (element) => element.closest(byHook(dataHooks.linkPanel)) !== null);
  // Keyboard users land in the panel (on its close button) and leave it with Escape.
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [onClose]);
  // A batch shows its progress and first links at once; one file keeps its form until its link is ready.
  const showResults = state.status === 'done' || (state.status === 'creating' && (state.results.length > 0 || state.request.files.length > 1));
  return (
    <PanelDock title={pageMessages.linkPanelTitle({ count: files.length })} dataHook={dataHooks.linkPanel}>
      <SidePanel width={layout.width} closeButtonProps={{ onClick: onClose, ariaLabel: pageMessages.close, autoFocus: true }}>
        <SidePanel.Header title={pageMessages.linkPanelTitle({ count: files.length })} />
        <SidePanel.Content>
          {state.status !== 'idle' && showResults ? (
            <ResultsView state={state} now={now} zone={zone} locale={locale} onRetryFailed={() => void links.retryFailed()} onBack={links.reset} onSeeAllLinks={onSeeAllLinks} />
          ) : (
            <LinkForm
              key={selectionKey}
              files={files}
              now={now}
              zone={zone}
              locale={locale}
              creating={state.status === 'creating'}
              onSubmit={(request) => void links.create(request)}
            />
          )}
        </SidePanel.Content>
      </SidePanel>
    </PanelDock>
  );
};

/** The panel's words, fetched by LazyLinkPanel once this chunk has arrived. */
export { loadLinkPanelMessages } from './messages';

export { linkRules } from './link-rules';
