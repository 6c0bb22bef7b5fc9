import type { Frame, Locator } from 'playwright-core';
import { byHook, dataHooks } from '../../../src/dashboard/shared/data-hooks';

/**
 * Steps through the dashboard page by its data hooks (src/dashboard/shared/data-hooks.ts; docs/ARCHITECTURE.md, "Contracts others rely on") and by
 * visible text, so the tests depend on what an owner sees rather than on component internals.
 */
export const filesTable = (frame: Frame): Locator => frame.locator(byHook(dataHooks.filesTable));

/** The table row that shows a file's display name. */
export const fileRow = (frame: Frame, displayName: string): Locator =>
  filesTable(frame).locator(byHook(dataHooks.fileRow)).filter({ hasText: displayName }).first();

export async function waitForFile(frame: Frame, displayName: string): Promise<void> {
  await fileRow(frame, displayName).waitFor();
}

/** Opens a sub-folder of the open folder by its name. */
export async function openFolder(frame: Frame, folderName: string): Promise<void> {
  await frame.locator(byHook(dataHooks.folderLink)).filter({ hasText: folderName }).first().click();
}

/** Picks an expiry preset by its label (e.g. "1 hour"). */
async function chooseExpiry(frame: Frame, label: string): Promise<void> {
  await frame.locator(byHook(dataHooks.expiryPresets)).getByText(label, { exact: true }).click();
}

/** Picks a direct Wix link in the form (secure is the default): for tests about Wix's own URLs. */
export async function chooseDirectLink(frame: Frame): Promise<void> {
  await frame.locator(byHook(dataHooks.linkKind)).getByText('Direct Wix link', { exact: false }).click();
}

export type LinkFormInput = { expiry?: string; direct?: boolean };

/**
 * Creates a link for one file through the UI: the row's create-link-button, the expiry, then
 * create-link-submit. Returns the URLs the page shows in its share-link-url hooks.
 */
export async function createLinkInUi(frame: Frame, displayName: string, input: LinkFormInput = {}): Promise<string[]> {
  await fileRow(frame, displayName).locator(byHook(dataHooks.createLinkButton)).click();
  if (input.expiry) await chooseExpiry(frame, input.expiry);
  if (input.direct) await chooseDirectLink(frame);
  await frame.locator(byHook(dataHooks.createLinkSubmit)).click();
  const links = frame.locator(byHook(dataHooks.shareLinkUrl));
  await links.first().waitFor();
  return readShareLinks(frame);
}

export async function readShareLinks(frame: Frame): Promise<string[]> {
  const links = frame.locator(byHook(dataHooks.shareLinkUrl));
  const urls: string[] = [];
  for (const link of await links.all()) {
    urls.push(((await link.textContent()) ?? '').trim());
  }
  return urls;
}
