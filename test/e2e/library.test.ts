import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesTable, launchChromium, openDashboard, openFolder, sampleLibrary, startTestApp, waitForFile, type TestApp, type TestBrowser } from './support';

describe('browsing the sample library in the dashboard page', () => {
  let app: TestApp;
  let browser: TestBrowser;

  beforeAll(async () => {
    app = await startTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists the files at the top of the Media Manager', async () => {
    const { page, frame } = await openDashboard(browser.context, app.shellUrl);
    const rootFiles = sampleLibrary.filesIn('media-root');
    expect(rootFiles.length).toBeGreaterThan(0);
    for (const name of rootFiles) await waitForFile(frame, name);
    await page.close();
  });

  it('lists a folder’s own files after opening it, and not the top-level ones', async () => {
    const { page, frame } = await openDashboard(browser.context, app.shellUrl);
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
