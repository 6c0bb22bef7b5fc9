import type { Frame, Locator } from 'playwright-core';

/**
 * Steps through the dashboard page by its data hooks (ARCHITECTURE.md, "Page test hooks") and by
 * visible text, so the tests depend on what an owner sees rather than on component internals.
 */
export const filesTable = (frame: Frame): Locator => frame.locator('[data-hook="files-table"]');

/** The table row that shows a file's display name. */
export const fileRow = (frame: Frame, displayName: string): Locator =>
  filesTable(frame).locator('tr, [role="row"]').filter({ hasText: displayName }).first();

export async function waitForFile(frame: Frame, displayName: string): Promise<void> {
  await fileRow(frame, displayName).waitFor();
}

/** Opens a folder by its name, whether the page shows folders as links, rows or breadcrumbs. */
export async function openFolder(frame: Frame, folderName: string): Promise<void> {
  const link = frame.locator('[data-hook="folder-link"]').filter({ hasText: folderName });
  await (await link.count() > 0 ? link.first() : frame.getByText(folderName, { exact: true }).first()).click();
}

/** Picks an expiry by its label (e.g. "1 hour"), whether the presets are buttons, radios or a dropdown. */
async function chooseExpiry(frame: Frame, label: string): Promise<void> {
  const choice = frame.getByText(label, { exact: true });
  if (await choice.first().isVisible()) return choice.first().click();
  await frame.getByText('Link expires', { exact: false }).first().click();
  await frame.locator('[data-hook="expiry-select"], [role="combobox"]').first().click().catch(() => undefined);
  await choice.first().click();
}

export type LinkFormInput = { expiry?: string };

/**
 * Creates a link for one file through the UI: the row's create-link-button, the expiry, then
 * create-link-submit. Returns the URLs the page shows in its share-link-url hooks.
 */
export async function createLinkInUi(frame: Frame, displayName: string, input: LinkFormInput = {}): Promise<string[]> {
  await fileRow(frame, displayName).locator('[data-hook="create-link-button"]').click();
  if (input.expiry) await chooseExpiry(frame, input.expiry);
  await frame.locator('[data-hook="create-link-submit"]').click();
  const links = frame.locator('[data-hook="share-link-url"]');
  await links.first().waitFor();
  return readShareLinks(frame);
}

export async function readShareLinks(frame: Frame): Promise<string[]> {
  const links = frame.locator('[data-hook="share-link-url"]');
  const urls: string[] = [];
  for (const link of await links.all()) {
    const value = await link.evaluate((node) => (node instanceof HTMLInputElement ? node.value : (node.textContent ?? '')));
    urls.push(value.trim());
  }
  return urls;
}
