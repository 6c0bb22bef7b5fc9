/**
 * The real Wix SDK pointed at the local emulator: requests the SDK addresses to https://www.wixapis.com go to
 * the emulator's origin instead, so everything between the SDK call and the HTTP wire is Wix's own code.
 */
import { items } from '@wix/data';
import { files, folders } from '@wix/media';
import { createClient } from '@wix/sdk';
import { toEmulator } from './wix-api-origin';

/**
 * The fetch in place when this is called does the real work, so the result may itself be installed as
 * `globalThis.fetch` (AppStrategy and token-info calls go through the global fetch, not the client's).
 */
export function emulatorFetch(emulatorUrl: string): typeof fetch {
  const realFetch = globalThis.fetch;
  return (input, init) => {
    if (input instanceof Request) return realFetch(new Request(toEmulator(input.url, emulatorUrl), input), init);
    return realFetch(toEmulator(input instanceof URL ? input.href : input, emulatorUrl), init);
  };
}

export function createEmulatorClient(emulatorUrl: string, token: string) {
  return createClient({
    modules: { files, folders },
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: token } }) },
    fetch: emulatorFetch(emulatorUrl),
  });
}

/** `@wix/data`'s items module against the emulator, acting as whoever `token` belongs to. */
export function createEmulatorDataClient(emulatorUrl: string, token: string, fetchImpl: typeof fetch = emulatorFetch(emulatorUrl)) {
  return createClient({
    modules: { items },
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: token } }) },
    fetch: fetchImpl,
  });
}
