/**
 * The Wix context a dashboard page runs in, built from real parts: @wix/sdk clients whose requests go to the
 * local Media Manager emulator (the caller's client, with a dashboard host, and the app's elevated client for
 * the backend the page calls in-process), and a host channel that records toasts for assertions.
 */
import { createClient } from '@wix/sdk';
import type { ToastConfig } from '@wix/dashboard';
import { emulatorControl, type EmulatorControl } from '../../local/emulator-control';
import { startEmulator, type RunningEmulator } from '../../local/wix-emulator';
import { emulatorFetch } from '../../local/wix-client';

type ContextGlobal = typeof globalThis & { __wix_context__?: unknown };

export type DashboardContext = {
  emulator: RunningEmulator;
  toasts: ToastConfig[];
  control: EmulatorControl;
  close(): Promise<void>;
};

export async function startDashboardContext(): Promise<DashboardContext> {
  const emulator = await startEmulator({ port: 0, rateLimit: false });
  const control = emulatorControl(emulator.url);
  const tokens = await control.tokens();
  const toasts: ToastConfig[] = [];
  const fetchToEmulator = emulatorFetch(emulator.url);
  // getActiveToken: what Wix's own strategies offer and `auth.getTokenInfo()` needs (createShareLinks asks it which
  // site it serves); token-info goes through the global fetch, so that is pointed at the emulator too.
  const auth = (token: string) => ({ getAuthHeaders: async () => ({ headers: { Authorization: token } }), getActiveToken: () => token });
  const originalFetch = globalThis.fetch;
  globalThis.fetch = fetchToEmulator;

  const host = {
    channel: {
      showToast: (config: ToastConfig) => {
        toasts.push(config);
        return { remove: () => undefined };
      },
      observeState: (callback: (props: object, env: object) => void) => {
        callback({}, { locale: 'en' });
        return { disconnect: () => undefined };
      },
      getAccessToken: async () => tokens.admin,
    },
    environment: {},
  };
  createClient({ auth: auth(tokens.admin), fetch: fetchToEmulator, host: host as never }).enableContext('global');
  createClient({ auth: auth(tokens.app), fetch: fetchToEmulator }).enableContext('global', { elevated: true });

  return {
    emulator,
    toasts,
    control,
    async close() {
      delete (globalThis as ContextGlobal).__wix_context__;
      globalThis.fetch = originalFetch;
      await emulator.close();
    },
  };
}
