/**
 * Whose data a token reaches: items are kept per site instance (taken from the caller's app token), the
 * PRIVILEGED collection admits only app tokens, and client_credentials issues each instance its own app
 * token, as AppStrategy({ appId, appSecret, instanceId }) asks for it.
 */
import { items } from '@wix/data';
import { AppStrategy, createClient } from '@wix/sdk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { emulatorControl, type EmulatorSites } from '../../local/emulator-control';
import { emulatorFetch } from '../../local/wix-client';
import { LINKS_COLLECTION_ID as C } from '../../src/backend/link-history/collection';
import { sdkError, useEmulator } from './emulator-setup';

const emulator = useEmulator();
const APP_ID = '00000000-0000-4000-8000-000000000000';
/** What an offline `wix app build` bakes into the backend as the app secret. */
const LOCAL_APP_SECRET = '__APP_SECRET__';
let sites: EmulatorSites;

beforeAll(async () => {
  sites = await emulatorControl(emulator.url).sites();
});
afterEach(async () => {
  await emulator.control('reset', { body: {} });
});

describe('one collection per site instance', () => {
  it("one site's token never sees, changes or removes another site's records", async () => {
    const main = emulator.items('app');
    const other = emulator.items(sites.otherSite.app);
    await main.insert(C, { _id: 'shared-id', label: 'main site' });
    await main.insert(C, { _id: 'main-only', label: 'main site' });
    await other.insert(C, { _id: 'shared-id', label: 'other site' });

    expect((await other.get(C, 'shared-id'))?.label).toBe('other site');
    expect(await other.get(C, 'main-only')).toBeNull();
    expect((await other.query(C).find()).items.map((item) => item.label)).toEqual(['other site']);
    expect(await other.query(C).count()).toBe(1);
    expect((await sdkError(other.patch(C, 'main-only').setField('label', 'hijacked').run())).details?.applicationError?.code).toBe('WDE0073');
    expect(await other.remove(C, 'main-only')).toBeNull();

    expect((await main.get(C, 'main-only'))?.label).toBe('main site');
    expect((await main.get(C, 'shared-id'))?.label).toBe('main site');
    expect(await main.query(C).count()).toBe(2);
  });
});

describe('PRIVILEGED: only the app', () => {
  it.each([
    ['visitor', 'VISITOR'],
    ['member', 'MEMBER'],
    ['admin', "the site owner's dashboard (USER)"],
  ] as const)("refuses the %s token on every action (WDE0027, 403): %s", async (token, _who) => {
    await emulator.items('app').insert(C, { _id: 'secret', passwordHash: 'x' });
    const caller = emulator.items(token);
    const calls = [
      () => caller.get(C, 'secret'),
      () => caller.query(C).find(),
      () => caller.query(C).count(),
      () => caller.insert(C, { label: 'x' }),
      () => caller.bulkInsert(C, [{ label: 'x' }]),
      () => caller.update(C, { _id: 'secret' }),
      () => caller.patch(C, 'secret').setField('label', 'x').run(),
      () => caller.remove(C, 'secret'),
    ];
    for (const call of calls) {
      const error = await sdkError(call());
      expect(error.details?.applicationError?.code).toBe('WDE0027');
    }
    const raw = await fetch(`${emulator.url}/wix-data/v2/items/count`, {
      method: 'POST',
      headers: { Authorization: emulator.tokens[token] },
      body: JSON.stringify({ dataCollectionId: C }),
    });
    expect(raw.status).toBe(403);
    expect(await emulator.items('app').query(C).count()).toBe(1);
  });

  it('refuses the other site owner too, and a request with no or an unknown token (401)', async () => {
    expect((await sdkError(emulator.items(sites.otherSite.admin).query(C).find())).details?.applicationError?.code).toBe('WDE0027');
    for (const authorization of [undefined, 'EMU.app.forged']) {
      const response = await fetch(`${emulator.url}/wix-data/v2/items/count`, {
        method: 'POST',
        headers: authorization ? { Authorization: authorization } : {},
        body: JSON.stringify({ dataCollectionId: C }),
      });
      expect(response.status).toBe(401);
    }
  });
});

describe('client_credentials per instance', () => {
  const post = (body: unknown) =>
    fetch(`${emulator.url}/oauth2/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const grant = (instanceId: string, overrides: Record<string, string> = {}) =>
    post({ grant_type: 'client_credentials', client_id: APP_ID, client_secret: LOCAL_APP_SECRET, instance_id: instanceId, ...overrides });

  it("issues each instance's own app token, whose token-info names that instance", async () => {
    for (const site of [{ instanceId: sites.instanceId, siteId: sites.siteId }, sites.otherSite]) {
      const response = await grant(site.instanceId);
      expect(response.status).toBe(200);
      const { access_token, token_type, expires_in } = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
      expect(token_type).toBe('Bearer');
      expect(expires_in).toBeGreaterThan(0);
      const info = await fetch(`${emulator.url}/oauth2/token-info`, { method: 'POST', body: JSON.stringify({ token: access_token }) });
      expect(await info.json()).toMatchObject({ subjectType: 'APP', clientId: APP_ID, instanceId: site.instanceId, siteId: site.siteId });
    }
  });

  it('refuses an unknown instance (400 INVALID_GRANT) and a wrong app id or secret (401 INVALID_CLIENT)', async () => {
    const unknown = await grant('00000000-0000-4000-8000-00000000dead');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ details: { applicationError: { code: 'INVALID_GRANT' } } });
    const wrongCredentials: Record<string, string>[] = [{ client_secret: 'wrong' }, { client_id: '11111111-1111-4111-8111-111111111111' }];
    for (const overrides of wrongCredentials) {
      const refused = await grant(sites.instanceId, overrides);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ details: { applicationError: { code: 'INVALID_CLIENT' } } });
    }
    expect((await post({ grant_type: 'client_credentials', client_id: APP_ID, instance_id: sites.instanceId })).status).toBe(400);
  });

  it('AppStrategy with an instance id reaches that site’s records, sending what Wix expects', async () => {
    await emulator.items(sites.otherSite.app).insert(C, { _id: 'theirs', label: 'other site' });
    const sent: unknown[] = [];
    const toEmulator = emulatorFetch(emulator.url);
    const originalFetch = globalThis.fetch;
    // AppStrategy fetches its token with the global fetch, not the client's.
    globalThis.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/oauth2/token')) sent.push(JSON.parse(String(init?.body)));
      return toEmulator(input, init);
    };
    try {
      const client = createClient({
        modules: { items },
        auth: AppStrategy({ appId: APP_ID, appSecret: LOCAL_APP_SECRET, instanceId: sites.otherSite.instanceId }),
        fetch: globalThis.fetch,
      });
      expect((await client.items.get(C, 'theirs'))?.label).toBe('other site');
      expect(await client.items.query(C).count()).toBe(1);
    } finally {
      globalThis.fetch = originalFetch;
    }
    expect(sent).toEqual([
      { instance_id: sites.otherSite.instanceId, client_id: APP_ID, client_secret: LOCAL_APP_SECRET, grant_type: 'client_credentials' },
    ]);
  });
});
