/**
 * Runs the real backend code the way Wix does: real @wix/sdk clients set as the global Wix context
 * (the caller's client and the elevated app client), their requests sent to the local Media Manager
 * emulator. Records what the SDK put on the wire, so tests can assert the exact requests.
 */
import { createClient } from '@wix/sdk';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { emulatorControl, type EmulatorTokens, type Faults } from '../../local/emulator-control';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../local/wix-emulator';
import { emulatorFetch } from '../../local/wix-client';

export type SentRequest = { method: string; path: string; authorization: string | null; body: unknown };
export type LoggedRequest = { method: string; path: string; status: number };
export const GENERATE_PATH = '/site-media/v1/files/generate-file-download-url';

type ContextGlobal = typeof globalThis & { __wix_context__?: unknown };

export async function startWixContext(options: EmulatorOptions = { rateLimit: false }) {
  const emulator: RunningEmulator = await startEmulator({ port: 0, ...options });
  const control = emulatorControl(emulator.url);
  const tokens: EmulatorTokens = await control.tokens();
  const sent: SentRequest[] = [];
  const toEmulator = emulatorFetch(emulator.url);

  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init?.headers);
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ method: init?.method ?? 'GET', path: url.pathname, authorization: headers.get('authorization'), body });
    return toEmulator(input, init);
  };
  // getActiveToken: what Wix's own strategies offer and `auth.getTokenInfo()` needs; it sends token-info through
  // the global fetch, which `enter` points at the emulator.
  const clientWith = (token: string) =>
    createClient({ auth: { getAuthHeaders: async () => ({ headers: { Authorization: token } }), getActiveToken: () => token }, fetch: recordingFetch });
  const originalFetch = globalThis.fetch;

  return {
    emulator,
    tokens,
    sent,
    /** As inside a Wix request: the admin's client, and the app's elevated client. */
    enter(elevatedToken: string | null = tokens.app) {
      globalThis.fetch = toEmulator;
      clientWith(tokens.admin).enableContext('global');
      if (elevatedToken !== null) clientWith(elevatedToken).enableContext('global', { elevated: true });
    },
    leave() {
      delete (globalThis as ContextGlobal).__wix_context__;
      globalThis.fetch = originalFetch;
    },
    async reset() {
      sent.length = 0;
      await control.reset();
    },
    faults: (config: Faults) => control.setFaults(config),
    rateLimit: (enabled: boolean) => control.setRateLimit(enabled),
    /** The emulator's own log of Media Manager requests: method, path and the status it answered. */
    async requests(): Promise<LoggedRequest[]> {
      const entries = await control.requests();
      return entries.map(({ method, path, status }) => ({ method, path, status }));
    },
  };
}

export type WixContext = Awaited<ReturnType<typeof startWixContext>>;

/**
 * Registers the suite's hooks: one emulator for the file, a fresh emulator state and Wix context per
 * test, and a check after each test that nothing printed a download URL or token.
 */
export function useWixContext(options?: EmulatorOptions): () => WixContext {
  let wix: WixContext | undefined;
  let printed: unknown[][] = [];
  const current = () => {
    if (!wix) throw new Error('The Wix context is used before beforeAll started the emulator.');
    return wix;
  };
  beforeAll(async () => {
    wix = await startWixContext(options);
  });
  afterAll(async () => {
    await wix?.emulator.close();
  });
  beforeEach(async () => {
    await current().reset();
    current().enter();
    printed = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(args));
    }
  });
  afterEach(() => {
    current().leave();
    vi.restoreAllMocks();
    expect(JSON.stringify(printed)).not.toMatch(/token|download/i);
  });
  return current;
}
