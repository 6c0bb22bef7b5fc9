import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulatorDataClient } from '../../local/wix-client';
import { LINKS_COLLECTION_ID } from '../../src/backend/link-history/collection';
import { PageDriver, waitFor } from './page.driver';
import { startDashboardContext, type DashboardContext } from './wix-dashboard-context';

let wix: DashboardContext;
let driver: PageDriver;

beforeAll(async () => {
  wix = await startDashboardContext();
});
afterEach(async () => {
  driver.cleanup();
  await wix.control.reset();
});
afterAll(async () => wix?.close());

describe('dashboard page (jsdom, real SDK against the emulator)', () => {
  it('lists the root folder with private badges, and search reaches files in nested folders', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await waitFor(async () => expect(await driver.get.fileNames()).toContain('Logo.png'));
    expect(await driver.get.fileNames()).not.toContain('Team offsite.jpg');
    expect(driver.get.privateBadgeShownFor('Press kit.zip')).toBe(true);
    expect(driver.get.privateBadgeShownFor('Logo.png')).toBe(false);

    await driver.when.searchFor('offsite');
    await waitFor(async () => expect(await driver.get.fileNames()).toEqual(['Team offsite.jpg']));
    // Debounced: seven keystrokes, one search request.
    const searches = (await driver.get.requests()).filter((r) => r.path.endsWith('/files/search'));
    expect(searches).toHaveLength(1);
  });

  it('creates a secure link by default: the app\'s own URL, no Wix URL minted, limit and password stored', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await waitFor(() => expect(driver.get.fileNames()).resolves.toContain('Logo.png'));
    await driver.when.createLinkFor('Logo.png');
    await driver.when.typeLimit('3');
    await driver.when.typePassword('open sesame');
    await driver.when.submit();
    await waitFor(() => expect(driver.get.links()).toHaveLength(1));
    const [url] = driver.get.links();
    expect(url).toMatch(/^http:\/\/__api_baseurl_placeholder__\.mock\/functions\/l\/[A-Za-z0-9_-]{60}$/);
    expect((await driver.get.requests()).map((r) => r.path)).not.toContain('/site-media/v1/files/generate-file-download-url');
    const app = createEmulatorDataClient(wix.emulator.url, (await wix.control.tokens()).app);
    const [record] = (await app.items.query(LINKS_COLLECTION_ID).find()).items;
    expect(record).toMatchObject({ kind: 'SECURE', maxDownloads: 3, passwordHash: expect.stringMatching(/^pbkdf2-sha256\$/) });
    expect(JSON.stringify(record)).not.toContain('open sesame');
  });

  it('hides the limit and password for a direct link', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await waitFor(() => expect(driver.get.fileNames()).resolves.toContain('Logo.png'));
    await driver.when.createLinkFor('Logo.png');
    expect(driver.get.hasHook('password-input')).toBe(true);
    await driver.when.chooseKind('DIRECT');
    expect(driver.get.hasHook('password-input')).toBe(false);
    expect(driver.get.hasHook('max-downloads-input')).toBe(false);
  });

  it('creates a 7-day direct link, and says how to copy when the clipboard is blocked', async () => {
    driver = new PageDriver(wix);
    driver.given.clipboard(undefined);
    await driver.when.rendered();
    await waitFor(() => expect(driver.get.fileNames()).resolves.toContain('Logo.png'));
    await driver.when.createLinkFor('Logo.png');
    expect(driver.get.expirySummary()).toMatch(/in 7 days\.$/);
    expect(await driver.get.fileNameField()).toBe('Logo.png');
    expect(driver.get.publicWarning()).toMatch(/already open it/);

    await driver.when.chooseKind('DIRECT');
    await driver.when.submit();
    await waitFor(() => expect(driver.get.links()).toHaveLength(1));
    const [url] = driver.get.links();
    expect(url).toMatch(new RegExp(`^${wix.emulator.url}/`));
    expect((await fetch(url!)).status).toBe(200);

    await driver.when.copyFirstLink();
    await waitFor(() => expect(driver.get.copyFallbackText()).toBe(url));
    expect(driver.get.toasts()).toEqual([{ type: 'error', message: expect.stringMatching(/blocked the clipboard/) }]);
  });

  it('copies with a success toast when the clipboard works, and draws a QR code on request', async () => {
    const copied: string[] = [];
    driver = new PageDriver(wix);
    driver.given.clipboard(async (text) => void copied.push(text));
    await driver.when.rendered();
    await waitFor(() => expect(driver.get.fileNames()).resolves.toContain('Logo.png'));
    await driver.when.createLinkFor('Logo.png');
    await driver.when.chooseExpiry('1h');
    expect(driver.get.expirySummary()).toMatch(/in 60 minutes\.$/);
    await driver.when.submit();
    await waitFor(() => expect(driver.get.links()).toHaveLength(1));
    await driver.when.copyFirstLink();
    await waitFor(() => expect(driver.get.toasts()).toEqual([{ type: 'success', message: 'Link copied to the clipboard.' }]));
    expect(copied).toEqual(driver.get.links());
    expect(driver.get.copyFallbackText()).toBeNull();

    // The QR code is drawn only on request.
    expect(driver.get.qrCodeImage()).toBeNull();
    await driver.when.showQrCode();
    await waitFor(() => expect(driver.get.qrCodeImage()).toMatch(/^data:image\/png;base64,/));
  });

  it('offers audio formats, gives one link per chosen format, and no public warning for a private file', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await driver.when.searchFor('Feel Good');
    await waitFor(() => expect(driver.get.fileNames()).resolves.toEqual(['Feel Good (demo tone).mp3']));
    await driver.when.createLinkFor('Feel Good (demo tone).mp3');
    expect(driver.get.publicWarning()).toBeNull();
    expect(driver.get.formatChoices()).toEqual(['Original file', '320kbs.mp3', '128kbs.mp3']);
    await driver.when.chooseFormat('320kbs.mp3');
    await driver.when.chooseKind('DIRECT');
    await driver.when.submit();
    await waitFor(() => expect(driver.get.links()).toHaveLength(2));
    const [original, highQuality] = driver.get.links();
    expect(original).not.toBe(highQuality);
    expect(highQuality).toMatch(/320/);
  });

  it('says a folder with no files is empty and how to fill it, not that nothing matched', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await driver.when.openFolder('Documents');
    await driver.when.openFolder('Drafts');
    await waitFor(() => expect(driver.get.emptyState()).toMatch(/This folder has no files.*Upload files in the Media Manager/));
    expect(await driver.get.fileNames()).toEqual([]);
  });

  it('names the file, not its Media Manager id, when a video lacks a chosen format (INVALID_ASSET_KEY)', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await driver.when.searchFor('Webinar');
    await waitFor(() => expect(driver.get.fileNames()).resolves.toEqual(['Webinar clip.mp4']));
    await driver.when.createLinkFor('Webinar clip.mp4');
    await waitFor(() => expect(driver.get.formatChoices()).toContain('720p.mp4'));
    await driver.when.chooseFormat('720p.mp4');
    // Only Wix's own call knows which renditions a video has; a secure link would find out at the first click.
    await driver.when.chooseKind('DIRECT');
    await driver.when.submit();
    await waitFor(() => expect(driver.get.resultErrors()).toHaveLength(1));
    const [message] = driver.get.resultErrors();
    expect(message).toContain('“Webinar clip.mp4” doesn’t have every format you chose (720p.mp4)');
    expect(message).toMatch(/choose “Original file”/);
    expect(message).not.toMatch(/9c1e7a_/);
    expect(driver.get.links()).toEqual([]);
  });

  it('shows an error with Retry when a search fails, and Retry recovers', async () => {
    driver = new PageDriver(wix);
    await driver.when.rendered();
    await waitFor(() => expect(driver.get.fileNames()).resolves.toContain('Logo.png'));
    await driver.given.faults({ errorRate: 1, statuses: [500] });
    await driver.when.searchFor('logo');
    await waitFor(() => expect(driver.get.errorState()).toBe(true));
    await driver.given.noFaults();
    await driver.when.retryLoading();
    await waitFor(() => expect(driver.get.fileNames()).resolves.toEqual(['Logo.png']));
    expect(driver.get.errorState()).toBe(false);
  });
});
