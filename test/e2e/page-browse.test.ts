import type { Frame } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  filesTable,
  openDashboard,
  openFolder,
  sampleLibrary,
  waitForFile,
  useDashboardSuite,
  screen,
  seriousAxeViolations,
} from './support';
import { byHook, choiceHook, dataHooks } from '../../src/dashboard/shared/data-hooks';

const shownNames = (frame: Frame) => filesTable(frame).locator(byHook(dataHooks.fileName)).allInnerTexts();

async function namesAfter(frame: Frame, action: () => Promise<unknown>, expected: (names: string[]) => boolean) {
  await action();
  await expect.poll(() => shownNames(frame)).toSatisfy(expected);
  return shownNames(frame);
}

describe('the dashboard page: finding files', () => {
  const suite = useDashboardSuite({ librarySize: 120 });
  beforeEach(async () => suite.app.emulator.reset());

  it('draws the list once with its rows when they come quickly, and a loading skeleton while they are slow', async () => {
    const quick = await openDashboard(suite.browser.context, suite.app.shellUrl);
    // The page is drawn once the first rows are in: no skeleton is ever drawn before them.
    await quick.frame.evaluate((loading) => {
      const seen = { skeleton: false };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => (seen.skeleton ||= document.querySelector(loading) !== null)).observe(document, { subtree: true, childList: true });
    }, byHook(dataHooks.filesLoading));
    await waitForFile(quick.frame, 'Logo.png');
    const sawSkeleton = await quick.frame.evaluate(() => (window as unknown as { __seen: { skeleton: boolean } }).__seen.skeleton);
    expect(sawSkeleton).toBe(false);
    await quick.page.close();

    await suite.app.emulator.setFaults({ latencyMs: 1_500 });
    const slow = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await slow.frame.locator(byHook(dataHooks.filesLoading)).waitFor();
    expect(await seriousAxeViolations(slow.frame)).toEqual([]);
    await waitForFile(slow.frame, 'Logo.png');
    expect(await slow.frame.locator(byHook(dataHooks.filesLoading)).count()).toBe(0);
    await slow.page.close();
  });

  it('search finds a file two folders deep, and folders open by link and close by breadcrumb', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const contract = sampleLibrary.file('Überweisung – Müller Vertrag.pdf');
    await waitForFile(frame, 'Logo.png');
    expect(await shownNames(frame)).not.toContain(contract.displayName);

    await frame.locator(`${byHook(dataHooks.searchInput)} input`).fill('müller');
    await waitForFile(frame, contract.displayName);
    expect(await shownNames(frame)).toEqual([contract.displayName]);
    await frame.locator(`${byHook(dataHooks.searchInput)} input`).fill('');

    await frame.locator(byHook(dataHooks.folderLink)).filter({ hasText: 'Documents' }).waitFor();
    await openFolder(frame, 'Documents');
    await frame.locator(byHook(dataHooks.folderLink)).filter({ hasText: 'Contracts' }).waitFor();
    await openFolder(frame, 'Contracts');
    await waitForFile(frame, contract.displayName);
    expect(await shownNames(frame)).toEqual(sampleLibrary.filesIn(sampleLibrary.folderId('Contracts')));
    await frame.locator(byHook(dataHooks.folderBreadcrumbs)).getByText('Media', { exact: true }).click();
    await waitForFile(frame, 'Logo.png');
    await page.close();
  });

  it('filters by privacy and type, sorts by name both ways, and offers "clear filters" when nothing matches', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');

    const privateOnly = await namesAfter(
      frame,
      () => frame.locator(byHook(choiceHook(dataHooks.privacy, 'PRIVATE'))).click(),
      (names) => names.length > 0 && !names.includes('Logo.png'),
    );
    const rows = filesTable(frame).locator(byHook(dataHooks.fileRow));
    expect(await rows.count()).toBe(privateOnly.length);
    expect(await rows.locator(byHook(dataHooks.privateBadge)).count()).toBe(privateOnly.length);

    await frame.locator(byHook(choiceHook(dataHooks.privacy, 'ALL'))).click();
    await frame.locator(byHook(choiceHook(dataHooks.type, 'VECTOR'))).click();
    await expect
      .poll(() => shownNames(frame))
      .toSatisfy((names: string[]) => names.includes('Brand mark.svg') && names.every((n) => n === 'Brand mark.svg' || n.startsWith('Synthetic vector ')));

    await frame.locator(byHook(choiceHook(dataHooks.type, 'ALL'))).click();
    const byName = await namesAfter(
      frame,
      () => frame.getByRole('columnheader', { name: 'Name' }).getByRole('button').click(),
      (names) => names[0] === 'Brand mark.svg',
    );
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await frame.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect.poll(async () => (await shownNames(frame))[0]).not.toBe('Brand mark.svg');

    await frame.locator(`${byHook(dataHooks.searchInput)} input`).fill('no file is called this');
    await frame.locator(byHook(dataHooks.filesNoResults)).waitFor();
    await frame.locator(byHook(dataHooks.clearFilters)).click();
    await expect.poll(() => filesTable(frame).locator(byHook(dataHooks.fileRow)).count()).toBe(50);
    expect(await frame.locator(`${byHook(dataHooks.searchInput)} input`).inputValue()).toBe('');
    expect(await frame.locator(byHook(dataHooks.filesNoResults)).count()).toBe(0);
    await page.close();
  });

  it('in the compact list of a 1024 px window, the sort control sorts by size both ways and follows the Name header', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    // With the dashboard sidebar, a small laptop screen leaves the list too narrow for the Size and Updated columns.
    await page.setViewportSize({ width: 1024, height: 768 });
    await waitForFile(frame, 'Logo.png');
    await expect.poll(() => frame.getByRole('columnheader', { name: 'Size' }).count()).toBe(0);
    await expect(frame.getByText('Sort by', { exact: true }).isVisible()).resolves.toBe(true);

    await openFolder(frame, 'Sounds');
    const sounds = sampleLibrary.filesIn(sampleLibrary.folderId('Sounds'));
    const sizeOf = (name: string) => sampleLibrary.file(name).bytes().length;
    const largestFirst = [...sounds].sort((a, b) => sizeOf(b) - sizeOf(a));
    await waitForFile(frame, sounds[0]!);

    await frame.locator(byHook(choiceHook(dataHooks.sort, 'size'))).click();
    await expect.poll(() => shownNames(frame)).toEqual(largestFirst);
    await expect(frame.locator(byHook(dataHooks.sortOrder)).innerText()).resolves.toMatch(/Largest first[\s\S]*Smallest first/);
    await frame.locator(byHook(choiceHook(dataHooks.sortOrder, 'asc'))).click();
    await expect.poll(() => shownNames(frame)).toEqual([...largestFirst].reverse());
    await screen(page, 'compact-sort');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await frame.getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect.poll(() => shownNames(frame)).toEqual([...sounds].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const checked = (hook: string) => frame.locator(byHook(hook)).getAttribute('aria-checked');
    await expect.poll(() => checked('sort-name')).toBe('true');
    expect(await checked('sort-size')).toBe('false');
    await expect(frame.locator(byHook(choiceHook(dataHooks.sortOrder, 'asc'))).innerText()).resolves.toBe('A to Z');
    expect(await checked('sort-order-asc')).toBe('true');
    await page.close();
  });

  it('loads more by cursor, and a failed page keeps what was loaded and retries', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    await waitForFile(frame, 'Logo.png');
    const rows = filesTable(frame).locator(byHook(dataHooks.fileRow));
    await expect.poll(() => rows.count()).toBe(50);

    await suite.app.emulator.setFaults({ errorRate: 1, statuses: [503] });
    await frame.locator(byHook(dataHooks.loadMore)).click();
    await frame.locator(byHook(dataHooks.filesError)).waitFor();
    expect(await rows.count()).toBe(50);
    await screen(page, 'error');
    expect(await seriousAxeViolations(frame)).toEqual([]);

    await suite.app.emulator.clearFaults();
    await frame.locator(byHook(dataHooks.filesRetry)).click();
    await expect.poll(() => rows.count()).toBe(100);
    await frame.locator(byHook(dataHooks.loadMore)).click();
    await expect.poll(() => rows.count()).toBe(3 + 120);
    expect(await frame.locator(byHook(dataHooks.loadMore)).count()).toBe(0);
    const requests = await suite.app.emulator.requests();
    expect(requests.filter((r) => r.method === 'GET' && r.path.endsWith('/files')).length).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

