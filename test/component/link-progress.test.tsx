/**
 * A batch in progress: the results view shows how far it has come with a labelled progress bar, every link
 * already made (copyable), the files' order, and a history warning as a sentence. State is given directly, as
 * the hook produces it between two parts.
 */
import React from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ResultsView } from '../../src/dashboard/link-panel/ResultsView';
import type { CreateLinksState } from '../../src/dashboard/link-panel/use-create-links';
import { linkPanelMessages, loadLinkPanelMessages } from '../../src/dashboard/link-panel/messages';
import { loadPageMessages } from '../../src/dashboard/shared/messages';
import { loadViewsKit } from '../../src/dashboard/shared/load-views-kit';
import type { ShareLinkResult } from '../../src/common/share-links';
import { byHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const files = Array.from({ length: 30 }, (_, i) => ({ id: `f${i}`, name: `File ${i}.pdf` }) as never as { id: string; name: string });
const link = (fileId: string): ShareLinkResult => ({
  fileId,
  ok: true,
  linkId: `l-${fileId}`,
  kind: 'DIRECT',
  links: [{ assetKey: 'src', url: `https://example.test/${fileId}` }],
  expiresAt: '2027-01-01T00:00:00.000Z',
});

type Shown = Exclude<CreateLinksState, { status: 'idle' }>;

function given(state: Partial<Shown> & Pick<Shown, 'status'>) {
  const full = {
    request: { files, expiresAt: new Date('2027-01-01T00:00:00Z'), options: {} },
    results: [],
    pending: 0,
    unsaved: 0,
    ...state,
  } as Shown;
  return render(<ResultsView state={full} now={new Date('2026-12-01T00:00:00Z')} zone="UTC" locale="en-US" onRetryFailed={() => {}} onBack={() => {}} onSeeAllLinks={() => {}} />);
}

const shownLinks = () => Array.from(document.querySelectorAll(byHook(dataHooks.shareLinkUrl))).map((n) => n.textContent);

describe('link panel: progress on a big batch', () => {
  beforeAll(() => Promise.all([loadPageMessages(), loadLinkPanelMessages(), loadViewsKit()]));
  afterEach(cleanup);

  it('while parts are pending, shows a labelled progress bar, the count so far, and the links already made', () => {
    given({ status: 'creating', pending: 20, results: [link('f0'), link('f1')] });
    const bar = screen.getByRole('progressbar', { name: linkPanelMessages.progressLabel({ answered: 10, total: 30 }) });
    expect(bar.getAttribute('aria-valuenow')).toBe('33');
    expect(screen.getByRole('heading', { name: '2 of 30 files have links' })).toBeTruthy();
    expect(shownLinks()).toEqual(['https://example.test/f0', 'https://example.test/f1']);
    expect(within(document.querySelector(byHook(dataHooks.bulkResults)) as HTMLElement).getAllByRole('button', { name: /^Copy link for File/ })).toHaveLength(2);
  });

  it('once every part is answered the progress bar goes, and a history warning stays as a sentence', () => {
    given({ status: 'done', pending: 0, unsaved: 30, results: files.map((f) => link(f.id)) });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('heading', { name: '30 of 30 files have links' })).toBeTruthy();
    expect(document.querySelector(byHook(dataHooks.historyWarning))?.textContent).toBe(linkPanelMessages.historyNotSaved({ count: 30 }));
  });
});
