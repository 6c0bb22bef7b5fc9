import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callWebMethod, isMediaManagerCall, sampleLibrary, startTestApp, type TestApp } from './support';

// The web method over the same HTTP transport the built page's stub uses, answered by the built
// backend in miniflare, whose permission check asks the emulator's token-info.
describe('createShareLinks over the web-method transport', () => {
  let app: TestApp;
  const pressKit = sampleLibrary.file('Press kit.zip');

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());
  beforeEach(async () => app.emulator.reset());

  it('answers the site owner with a link to the private file', async () => {
    const { admin } = await app.emulator.tokens();
    const reply = await callWebMethod(app.shellUrl, admin, [[pressKit.id], { expirationInMinutes: 60, kind: 'DIRECT' }]);
    expect(reply.status).toBe(200);
    expect(reply.body.exception).toBeUndefined();
    expect(reply.body.result).toMatchObject({ ok: true, results: [{ fileId: pressKit.id, ok: true }] });
    expect(reply.body.result).not.toHaveProperty('warnings');
  });

  it('keeps the link in the history, which listShareLinks returns over the same transport', async () => {
    const { admin } = await app.emulator.tokens();
    const made = await callWebMethod(app.shellUrl, admin, [[pressKit.id], { label: 'Press team', kind: 'DIRECT' }]);
    const { linkId } = (made.body.result as { results: { linkId: string }[] }).results[0]!;
    const listed = await callWebMethod(app.shellUrl, admin, [{ search: 'press' }], '/_webMethods/src/backend/share-links.web.ts/listShareLinks.ajax');
    expect(listed.body.result).toMatchObject({
      ok: true,
      links: [{ linkId, fileId: pressKit.id, fileName: 'Press kit.zip', label: 'Press team', status: 'ACTIVE', kind: 'DIRECT' }],
    });
  });

  it.each(['member', 'visitor'] as const)('refuses a %s, and nothing reaches the Media Manager', async (role) => {
    const tokens = await app.emulator.tokens();
    await app.emulator.clearRequests();
    const reply = await callWebMethod(app.shellUrl, tokens[role], [[pressKit.id], { expirationInMinutes: 60 }]);
    expect(reply.body.exception).toBe(true);
    expect(JSON.stringify(reply.body.result)).not.toContain('download');
    const log = await app.emulator.requests();
    expect(log.some((request) => request.path === '/oauth2/token-info')).toBe(true);
    expect(log.filter(isMediaManagerCall)).toEqual([]);
  });

  it('refuses a call without a token', async () => {
    const response = await fetch(new URL('/_webMethods/src/backend/share-links.web.ts/createShareLinks.ajax', app.shellUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([[pressKit.id]]),
    });
    expect(await response.json()).toMatchObject({ exception: true });
  });
});
