/** LINK_HISTORY_SIZE: synthetic link records for the main site, a deterministic mix of every status. */
import { describe, expect, it } from 'vitest';
import { emulatorControl } from '../../local/emulator-control';
import { LINKS_COLLECTION_ID as C } from '../../src/backend/link-history/collection';
import { useEmulator } from './emulator-setup';

const emulator = useEmulator({ linkHistorySize: 120 });

describe('linkHistorySize', () => {
  it('seeds the main site only, with active, expired, turned-off, used-up, labelled and password links', async () => {
    const items = emulator.items('app');
    expect(await items.query(C).count()).toBe(120);
    const sites = await emulatorControl(emulator.url).sites();
    expect(await emulator.items(sites.otherSite.app).query(C).count()).toBe(0);

    const now = new Date();
    const { items: records } = await items.query(C).descending('createdAt').limit(1000).find();
    expect(records[0]!._id).toBe('synthetic-link-000001');
    expect(records.some((record) => (record.expiresAt as Date) > now)).toBe(true);
    expect(records.some((record) => (record.expiresAt as Date) <= now)).toBe(true);
    expect(records.some((record) => record.revokedAt instanceof Date)).toBe(true);
    expect(records.some((record) => typeof record.maxDownloads === 'number' && record.downloads >= record.maxDownloads)).toBe(true);
    expect(records.some((record) => typeof record.label === 'string')).toBe(true);
    expect(records.some((record) => typeof record.passwordHash === 'string')).toBe(true);
    expect(new Set(records.map((record) => record.kind))).toEqual(new Set(['SECURE', 'DIRECT']));
  });

  it("gives DIRECT records real download URLs of the record's file", async () => {
    const direct = (await emulator.items('app').query(C).eq('kind', 'DIRECT').find()).items;
    const active = direct.find((record) => (record.expiresAt as Date) > new Date())!;
    const [link] = active.links as { assetKey: string; url: string }[];
    expect(link!.assetKey).toBe('src');
    const response = await fetch(link!.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});
