/** The control API's Wix Data side: loaded collections, reset empties them, faults reach these routes too. */
import { afterEach, describe, expect, it } from 'vitest';
import { emulatorControl, isWixDataCall } from '../../local/emulator-control';
import { LINKS_COLLECTION_ID as C } from '../../src/backend/link-history/collection';
import { useEmulator } from './emulator-setup';

const emulator = useEmulator();
const control = () => emulatorControl(emulator.url);

afterEach(async () => {
  await control().reset();
});

describe('control API and Wix Data', () => {
  it('lists the collection ids loaded from the definition file', async () => {
    expect(await control().collections()).toEqual(['@media-share-links/share-links']);
  });

  it("reset empties every site's collection", async () => {
    const sites = await control().sites();
    await emulator.items('app').insert(C, { label: 'main' });
    await emulator.items(sites.otherSite.app).insert(C, { label: 'other' });
    await control().reset();
    expect(await emulator.items('app').query(C).count()).toBe(0);
    expect(await emulator.items(sites.otherSite.app).query(C).count()).toBe(0);
  });

  it('faults fail Wix Data calls with the chosen status, drop them, and {} clears', async () => {
    await control().setFaults({ errorRate: 1, statuses: [503] });
    await expect(emulator.items('app').insert(C, { label: 'x' })).rejects.toThrow();
    const raw = await fetch(`${emulator.url}/wix-data/v2/items/count`, {
      method: 'POST',
      headers: { Authorization: emulator.tokens.app },
      body: JSON.stringify({ dataCollectionId: C }),
    });
    expect(raw.status).toBe(503);
    expect(await raw.json()).toEqual({ message: '', details: {} });
    await control().setFaults({ errorRate: 1, statuses: [0] });
    await expect(emulator.items('app').query(C).find()).rejects.toThrow();
    await control().clearFaults();
    expect(await emulator.items('app').query(C).count()).toBe(0);
    const logged = (await control().requests()).filter(isWixDataCall).map((entry) => entry.status);
    expect(logged).toEqual([503, 503, 0, 200]);
  });

});
