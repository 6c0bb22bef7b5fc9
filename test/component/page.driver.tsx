/**
 * Drives the dashboard page as an owner would, through WDS testkits selected by data hook and visible text.
 * `given` sets up the world (emulator faults, clipboard), `when` acts, `get` reads what is on screen.
 */
import React from 'react';
import { expect } from 'vitest';
import { cleanup, configure, fireEvent, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ButtonTestkit,
  InputTestkit,
  RadioGroupTestkit,
  TableTestkit,
} from '@wix/design-system/dist/testkit/testing-library';
import DashboardPage from '../../src/dashboard/pages/page';
import type { Faults } from '../../local/emulator-control';
import type { DashboardContext } from './wix-dashboard-context';
import { byHook, dataHooks, formatHook } from '../../src/dashboard/shared/data-hooks';

// Real HTTP to the emulator plus the search debounce take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 8_000 });

const user = userEvent.setup();

export class PageDriver {
  private base: HTMLElement = document.body;

  constructor(private readonly wix: DashboardContext) {}

  private row(name: string): HTMLElement {
    const cell = within(this.base).getByText(name, { selector: byHook(dataHooks.fileName) });
    const row = cell.closest(byHook(dataHooks.fileRow));
    if (!(row instanceof HTMLElement)) throw new Error(`No file row shows "${name}".`);
    return row;
  }

  given = {
    faults: (faults: Faults) => this.wix.control.setFaults(faults),
    noFaults: () => this.wix.control.clearFaults(),
    clipboard: (writeText: ((text: string) => Promise<void>) | undefined) =>
      Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true }),
  };

  when = {
    rendered: async () => {
      this.base = render(<DashboardPage />).baseElement as HTMLElement;
      // The list is drawn once its first rows are in (or with a skeleton after a moment): wait for it, then for them.
      await waitFor(() => expect(this.get.hasHook(dataHooks.filesTable) && !this.get.loading()).toBe(true));
    },
    /** Sends one change per growing prefix ("o", "of", …) back to back, as fast typing does. */
    searchFor: async (text: string) => {
      const input = within(this.base).getByLabelText('Search files in all folders');
      for (let i = 1; i <= text.length; i++) fireEvent.change(input, { target: { value: text.slice(0, i) } });
    },
    openFolder: async (name: string) => user.click(await within(this.base).findByRole('button', { name: `Open folder ${name}` })),
    createLinkFor: async (name: string) => {
      await user.click(within(this.row(name)).getByRole('button', { name: `Create link for ${name}` }));
      // The panel's code is a chunk of its own, fetched on first open.
      await waitFor(() => expect(this.base.querySelector(byHook(dataHooks.linkPanel))).not.toBeNull());
    },
    chooseFormat: async (label: string) => user.click(within(this.base).getByRole('checkbox', { name: label })),
    chooseExpiry: async (value: string) => RadioGroupTestkit({ wrapper: this.base, dataHook: dataHooks.expiryPresets }).selectByValue(value),
    chooseKind: async (kind: 'SECURE' | 'DIRECT') => RadioGroupTestkit({ wrapper: this.base, dataHook: dataHooks.linkKind }).selectByValue(kind),
    typeLimit: async (text: string) => fireEvent.change(within(this.base).getByLabelText('Download limit (optional)'), { target: { value: text } }),
    typePassword: async (text: string) => fireEvent.change(within(this.base).getByLabelText('Password (optional)'), { target: { value: text } }),
    submit: async () => ButtonTestkit({ wrapper: this.base, dataHook: dataHooks.createLinkSubmit }).click(),
    copyFirstLink: async () => user.click(within(this.base).getAllByRole('button', { name: /^Copy link for / })[0]!),
    showQrCode: async () => user.click(within(this.base).getByRole('button', { name: 'Show QR code' })),
    retryLoading: async () => ButtonTestkit({ wrapper: this.base, dataHook: dataHooks.filesRetry }).click(),
    typeLabel: async (text: string) => InputTestkit({ wrapper: this.base, dataHook: dataHooks.labelInput }).enterText(text),
    seeAllLinks: async () => ButtonTestkit({ wrapper: this.base, dataHook: dataHooks.seeAllLinks }).click(),
    deleteLinkFor: async (fileName: string) => user.click(within(this.base).getByRole('button', { name: `Delete the link for ${fileName} from the history` })),
    confirmDelete: async () => user.click(within(this.base).getByRole('button', { name: 'Delete from history' })),
  };

  get = {
    loading: () => this.base.querySelector(byHook(dataHooks.filesLoading)) !== null,
    hasHook: (hook: string) => this.base.querySelector(byHook(hook)) !== null,
    fileNames: async () => {
      const table = TableTestkit({ wrapper: this.base, dataHook: dataHooks.filesTable });
      const count = await table.getRowsCount();
      return Promise.all(Array.from({ length: count }, (_, i) => table.getRow(i).$(byHook(dataHooks.fileName)).text()));
    },
    privateBadgeShownFor: (name: string) => within(this.row(name)).queryByText('Private') !== null,
    links: () => Array.from(this.base.querySelectorAll(byHook(dataHooks.shareLinkUrl))).map((n) => n.textContent ?? ''),
    expirySummary: () => this.base.querySelector(byHook(dataHooks.expirySummary))?.textContent ?? '',
    fileNameField: () => InputTestkit({ wrapper: this.base, dataHook: dataHooks.downloadFileName }).getValue(),
    publicWarning: () => this.base.querySelector(byHook(dataHooks.publicWarning))?.textContent ?? null,
    formatChoices: () =>
      Array.from(this.base.querySelectorAll(`${byHook(dataHooks.formatsField)} [data-hook^="${formatHook('')}"]`)).map((n) => n.textContent ?? ''),
    qrCodeImage: () => this.base.querySelector(`${byHook(dataHooks.qrCode)} img`)?.getAttribute('src') ?? null,
    errorState: () => this.base.querySelector(byHook(dataHooks.filesError)) !== null,
    emptyState: () => this.base.querySelector(byHook(dataHooks.filesEmpty))?.textContent ?? null,
    copyFallbackText: () => (this.base.querySelector(`${byHook(dataHooks.copyFallbackText)} textarea`) as HTMLTextAreaElement | null)?.value ?? null,
    resultErrors: () => Array.from(this.base.querySelectorAll(byHook(dataHooks.resultError))).map((n) => n.textContent ?? ''),
    toasts: () => this.wix.toasts.map((t) => ({ type: t.type, message: t.message })),
    linkRows: () => Array.from(this.base.querySelectorAll(byHook(dataHooks.linksRow))).map((n) => n.textContent ?? ''),
    deleteDialog: () => this.base.ownerDocument.querySelector(byHook(dataHooks.deleteLinkModal))?.textContent ?? null,
    activeLinksBadge: (name: string) => within(this.row(name)).queryByText(/active link/)?.textContent ?? null,
    requests: () => this.wix.control.requests(),
  };

  cleanup = () => {
    cleanup();
    this.wix.toasts.length = 0;
  };
}

export { waitFor };
