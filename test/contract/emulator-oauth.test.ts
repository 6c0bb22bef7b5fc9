/**
 * Wix OAuth as the built backend uses it: token-info for web-method permissions, and oauth2/token for the
 * elevated client (AppStrategy with an instance id), exercised with the SDK's own AppStrategy.
 */
import { files } from '@wix/media';
import { AppStrategy, createClient } from '@wix/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { emulatorFetch } from '../../local/wix-client';
import { SAMPLE, useEmulator } from './emulator-setup';

const emulator = useEmulator();
const APP_ID = '00000000-0000-4000-8000-000000000000';

const post = (path: string, body: unknown) =>
  fetch(`${emulator.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
});

describe('POST /oauth2/token-info', () => {
  it.each([
    ['admin', 'USER'],
    ['member', 'MEMBER'],
    ['visitor', 'VISITOR'],
    ['app', 'APP'],
  ] as const)('tells the %s token apart as %s', async (name, subjectType) => {
    const response = await post('/oauth2/token-info', { token: emulator.tokens[name] });
    expect(response.status).toBe(200);
    const info = (await response.json()) as Record<string, unknown>;
    expect(info).toMatchObject({ subjectType, clientId: APP_ID, siteId: expect.any(String), instanceId: expect.any(String) });
    expect(info.subjectId).toEqual(expect.any(String));
  });

  it('refuses an unknown or missing token with an error envelope', async () => {
    const unknown = await post('/oauth2/token-info', { token: 'EMU.user.forged' });
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toMatchObject({ details: { applicationError: { code: 'UNAUTHENTICATED' } } });
    expect((await post('/oauth2/token-info', {})).status).toBe(400);
  });
});

describe('POST /oauth2/token', () => {
  it("exchanges the site's instance id for the Manage app token, and refuses another instance", async () => {
    const { instanceId } = (await emulator.control('tokens')) as { instanceId: string };
    const granted = await post('/oauth2/token', { grant_type: 'client_credentials', client_id: APP_ID, client_secret: '__APP_SECRET__', instance_id: instanceId });
    expect(await granted.json()).toMatchObject({ access_token: emulator.tokens.app, expires_in: expect.any(Number) });
    const refused = await post('/oauth2/token', { grant_type: 'client_credentials', client_id: APP_ID, client_secret: '__APP_SECRET__', instance_id: 'other' });
    expect(refused.status).toBe(400);
  });

  it('lets the SDK AppStrategy elevate by instance id and generate a link', async () => {
    const { instanceId } = (await emulator.control('tokens')) as { instanceId: string };
    globalThis.fetch = emulatorFetch(emulator.url);
    const client = createClient({
      modules: { files },
      auth: AppStrategy({ appId: APP_ID, appSecret: '__APP_SECRET__', instanceId }),
      fetch: globalThis.fetch,
    });
    const { downloadUrls } = await client.files.generateFileDownloadUrl(SAMPLE.privateImage);
    expect(new URL(downloadUrls![0]!.url!).pathname).toBe(`/media/${SAMPLE.privateImage}`);
  });

  it("unbinds a dashboard token without changing whose it is, as AppStrategy's accessToken flow asks", async () => {
    const response = await post('/oauth2/token', { grant_type: 'strip_bound_session', access_token: emulator.tokens.admin });
    const { access_token } = (await response.json()) as { access_token: string };
    const info = await post('/oauth2/token-info', { token: access_token });
    expect(await info.json()).toMatchObject({ subjectType: 'USER' });
    expect((await post('/oauth2/token', { grant_type: 'strip_bound_session', access_token: 'forged' })).status).toBe(400);
  });
});
