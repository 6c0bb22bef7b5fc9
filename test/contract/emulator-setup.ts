/** Shared set-up for the emulator contract tests: one emulator per test file, its tokens, SDK clients. */
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../local/media-emulator/index';
import { createEmulatorClient, getEmulatorTokens, type EmulatorTokens } from '../../local/wix-client';

export type EmulatorFixture = {
  url: string;
  tokens: EmulatorTokens;
  client(token: keyof EmulatorTokens): ReturnType<typeof createEmulatorClient>;
  control(path: string, init?: { method?: string; body?: unknown }): Promise<unknown>;
};

export function useEmulator(options: EmulatorOptions = {}): EmulatorFixture {
  let emulator: RunningEmulator | undefined;
  const fixture = {} as EmulatorFixture;
  beforeAll(async () => {
    emulator = await startEmulator(options);
    fixture.url = emulator.url;
    fixture.tokens = await getEmulatorTokens(emulator.url);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  fixture.client = (token) => createEmulatorClient(fixture.url, fixture.tokens[token]);
  fixture.control = async (path, init = {}) => {
    const response = await fetch(`${fixture.url}/__emulator/${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (response.status !== 200) throw new Error(`control ${path}: HTTP ${response.status}`);
    return response.json();
  };
  return fixture;
}
