/**
 * startEmulator: the Wix Media Manager REST API, its download host, the Wix Data Items API and Wix OAuth's
 * token endpoints on one local HTTP origin, loaded with the sample library (plus `librarySize` synthetic
 * files) and the app's collections (plus `linkHistorySize` synthetic link records).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seedLinkHistory } from './data/seed';
import { createHandler } from './router';
import { createState } from './state';

export type EmulatorOptions = {
  /** 0 = any free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Synthetic files added to the sample library. */
  librarySize?: number;
  /** Synthetic link records in the main site's link collection. */
  linkHistorySize?: number;
  /** Wix's 200 requests per minute per site. Default true; benchmarks turn it off. */
  rateLimit?: boolean;
};

export type RunningEmulator = { url: string; close(): Promise<void> };

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const state = createState({ librarySize: options.librarySize ?? 0, rateLimit: options.rateLimit ?? true });
  const server = createServer(createHandler(state));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  state.origin = url;
  await seedLinkHistory(state, options.linkHistorySize ?? 0);
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
