/**
 * Permission at the transport (issue 6, security suite): every web method the app defines, called over
 * the local web-method transport the built page uses, answers only site admins. Member, visitor, missing
 * and forged tokens are refused before any Media Manager call, and the refusal carries no link.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callWebMethod, isMediaManagerCall, PROJECT_DIR, sampleLibrary, startTestApp, type TestApp } from '../e2e/support';

const BACKEND_DIR = path.join(PROJECT_DIR, 'src', 'backend');

/** Every exported web method of every `*.web.ts` file, as the transport addresses it. */
async function webMethodPaths(): Promise<string[]> {
  const files = readdirSync(BACKEND_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.web.ts'));
  const paths: string[] = [];
  for (const file of files) {
    const source = path.relative(PROJECT_DIR, path.join(BACKEND_DIR, file)).split(path.sep).join('/');
    const exported = Object.keys(await import(path.join(BACKEND_DIR, file)));
    paths.push(...exported.map((name) => `/_webMethods/${source}/${name}.ajax`));
  }
  return paths;
}

const pressKit = sampleLibrary.file('Press kit.zip');
let app: TestApp;
let methods: string[] = [];

beforeAll(async () => {
  methods = await webMethodPaths();
  app = await startTestApp();
}, 180_000);
afterAll(async () => app?.close());
beforeEach(async () => app.emulator.reset());

describe('web methods over the transport', () => {
  it('finds the web methods the page calls', () => {
    expect(methods).toContain('/_webMethods/src/backend/share-links.web.ts/createShareLinks.ajax');
  });

  it('answers a site admin (so the refusals below are about the caller)', async () => {
    const { admin } = await app.emulator.tokens();
    for (const method of methods) {
      const reply = await callWebMethod(app.shellUrl, admin, [[pressKit.id]], method);
      expect(reply.body.exception, method).toBeUndefined();
    }
  });

  const callers = [
    ['a site member', async () => (await app.emulator.tokens()).member],
    ['a visitor', async () => (await app.emulator.tokens()).visitor],
    ['a caller without a token', async () => ''],
    ['a forged token', async () => `${(await app.emulator.tokens()).admin.slice(0, -4)}AAAA`],
    ['the app token itself', async () => (await app.emulator.tokens()).app],
  ] as const;

  it.each(callers)('refuses %s for every web method, before any Media Manager call', async (_, token) => {
    const caller = await token();
    for (const method of methods) {
      const reply = await callWebMethod(app.shellUrl, caller, [[pressKit.id], { expirationInMinutes: 60 }], method);
      expect(reply.body.exception, method).toBe(true);
      expect(JSON.stringify(reply.body), method).not.toMatch(/download|https?:\/\/[^"]*\?token=/i);
    }
    expect((await app.emulator.requests()).filter(isMediaManagerCall)).toEqual([]);
  });
});
