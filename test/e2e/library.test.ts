import { describe, expect, it } from 'vitest';
import { filesTable, openDashboard, openFolder, sampleLibrary, waitForFile, useDashboardSuite } from './support';

describe('browsing the sample library in the dashboard page', () => {
  const suite = useDashboardSuite();

  it('lists the files at the top of the Media Manager', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const rootFiles = sampleLibrary.filesIn('media-root');
    expect(rootFiles.length).toBeGreaterThan(0);
    for (const name of rootFiles) await waitForFile(frame, name);
    await page.close();
  });

  it('lists a folder’s own files after opening it, and not the top-level ones', async () => {
    const { page, frame } = await openDashboard(suite.browser.context, suite.app.shellUrl);
    const [firstRootFile] = sampleLibrary.filesIn('media-root');
    await waitForFile(frame, firstRootFile!);
    await openFolder(frame, 'Documents');
    const documents = sampleLibrary.filesIn(sampleLibrary.folderId('Documents'));
    expect(documents.length).toBeGreaterThan(0);
    for (const name of documents) await waitForFile(frame, name);
    await expect(filesTable(frame).getByText(firstRootFile!, { exact: true }).count()).resolves.toBe(0);
    await page.close();
  });
});
