import { z } from 'zod';

const tokensSchema = z.object({ admin: z.string(), member: z.string(), visitor: z.string(), app: z.string(), appReadOnly: z.string() });
const otherSiteSchema = z.object({ siteId: z.string(), instanceId: z.string(), admin: z.string(), app: z.string() });
const sitesSchema = z.object({ instanceId: z.string(), siteId: z.string(), otherSite: otherSiteSchema });
const requestLogSchema = z.array(z.object({ method: z.string(), path: z.string(), status: z.number(), at: z.string() }));

export type EmulatorTokens = z.infer<typeof tokensSchema>;
/** The main site's installation and a second site with the app installed (its owner and app tokens). */
export type EmulatorSites = z.infer<typeof sitesSchema>;
export type LoggedRequest = z.infer<typeof requestLogSchema>[number];
export type Faults = { latencyMs?: number; errorRate?: number; statuses?: number[]; seed?: number };

/**
 * The emulator's control API (docs/ARCHITECTURE.md, "Contracts others rely on"), typed once for the component, contract
 * and end-to-end tests and the benchmarks.
 */
export type EmulatorControl = {
  tokens(): Promise<EmulatorTokens>;
  sites(): Promise<EmulatorSites>;
  /** The ids of the app's Wix Data collections the emulator loaded. */
  collections(): Promise<string[]>;
  advanceClock(minutes: number): Promise<void>;
  setFaults(faults: Faults): Promise<void>;
  clearFaults(): Promise<void>;
  /** Wix's 200 requests per minute; benchmarks turn it off to measure the app, not the limit. */
  setRateLimit(enabled: boolean): Promise<void>;
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  /** Clock, faults, rate-limit window, request log, and every Wix Data item. */
  reset(): Promise<void>;
};

export function emulatorControl(emulatorUrl: string): EmulatorControl {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(new URL(`/__emulator/${path}`, emulatorUrl), {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`The media emulator at ${emulatorUrl} answered HTTP ${response.status} to ${method} /__emulator/${path}. Restart it with npm start or npm run emulator.`);
    }
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  return {
    tokens: async () => tokensSchema.parse(await call('GET', 'tokens')),
    sites: async () => sitesSchema.parse(await call('GET', 'tokens')),
    collections: async () => z.array(z.string()).parse(await call('GET', 'collections')),
    advanceClock: async (minutes) => void (await call('POST', 'clock', { advanceMinutes: minutes })),
    setFaults: async (faults) => void (await call('POST', 'faults', faults)),
    clearFaults: async () => void (await call('POST', 'faults', {})),
    setRateLimit: async (enabled) => void (await call('POST', 'rate-limit', { enabled })),
    requests: async () => requestLogSchema.parse(await call('GET', 'requests')),
    clearRequests: async () => void (await call('DELETE', 'requests')),
    reset: async () => void (await call('POST', 'reset')),
  };
}

/** Requests that reached the Media Manager API itself (not token-info, OAuth or the download host). */
export const isMediaManagerCall = (request: LoggedRequest): boolean =>
  /^\/(site-media|wix-privatemedia-proxy-server)\/v1\//.test(request.path);

/** Requests that reached the Wix Data Items API. */
export const isWixDataCall = (request: LoggedRequest): boolean => request.path.startsWith('/wix-data/');
