/**
 * The link panel's code arrives as its own chunk. If fetching it fails (the owner went offline), the
 * panel's place says so in a sentence and offers a retry that fetches again; a working fetch then
 * shows the panel. The chunk is replaced here by a stand-in whose first load fails.
 */
import React from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LazyLinkPanel } from '../../src/dashboard/link-panel/LazyLinkPanel';
import { loadPageMessages, pageMessages } from '../../src/dashboard/shared/messages';
import { dataHooks } from '../../src/dashboard/shared/data-hooks';

const chunk = vi.hoisted(() => ({ loads: 0, failFirst: true }));

vi.mock('../../src/dashboard/link-panel/LinkPanel', () => {
  chunk.loads += 1;
  if (chunk.failFirst && chunk.loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
  return {
    LinkPanel: ({ files }: { files: unknown[] }) => <div data-hook={dataHooks.linkPanel}>panel for {files.length} file(s)</div>,
    loadLinkPanelMessages: async () => undefined,
  };
});

const file = { id: 'f1', name: 'a.pdf' } as never;

describe('lazy link panel', () => {
  beforeAll(loadPageMessages);
  afterEach(cleanup);

  it('says the form could not open when its code does not arrive, and opens it on retry', async () => {
    const onClose = vi.fn();
    render(<LazyLinkPanel files={[file]} onLinksMade={() => {}} zone="UTC" locale="en-US" onClose={onClose} onSeeAllLinks={() => {}} />);

    expect(await screen.findByText(pageMessages.partNotDownloaded)).toBeTruthy();
    expect(screen.queryByText(/panel for/)).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: pageMessages.retry }));
    expect(await screen.findByText('panel for 1 file(s)')).toBeTruthy();
    expect(screen.queryByText(pageMessages.partNotDownloaded)).toBeNull();
    expect(chunk.loads).toBe(2);
  });
});
