import path from 'node:path';
import { Miniflare, type Response as WorkerResponse } from 'miniflare';

export type Backend = {
  /** Hands one HTTP request to the built backend's fetch handler, as Wix's edge does. */
  dispatch(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<WorkerResponse>;
  close(): Promise<void>;
};

/**
 * Runs `dist/backend/entry.mjs` (what `wix app build` produces and Wix deploys) in miniflare, the
 * Workers runtime `wix app dev` uses. Its outbound calls to www.wixapis.com (token-info, OAuth,
 * Media Manager) go to the emulator instead, as `@wix/cli-app`'s own test hook redirects them,
 * so the real permission check, web-method dispatch and elevation all run unchanged.
 */
export async function startBackend(options: { distDir: string; emulatorUrl: string }): Promise<Backend> {
  const backendDir = path.join(options.distDir, 'backend');
  const miniflare = new Miniflare({
    modules: true,
    scriptPath: path.join(backendDir, 'entry.mjs'),
    modulesRoot: backendDir,
    modulesRules: [{ type: 'ESModule', include: ['**/*.mjs'] }],
    // The newest date this miniflare's workerd knows; `wix app dev` asks for a later one.
    compatibilityDate: '2024-11-06',
    compatibilityFlags: ['nodejs_compat'],
    // workerd connects straight to the emulator (keeping the path and the www.wixapis.com Host), rather
    // than through a Node callback: every elevated call costs three round trips in Wix's runtime, and a
    // detour through Node added ~4 ms to each, which is harness cost, not the app's. The backend calls no
    // other origin, and this also keeps it off the internet.
    outboundService: { external: { address: new URL(options.emulatorUrl).host, http: {} } },
  });
  await miniflare.ready;
  return {
    // A secure link answers 302/303 to a Wix URL: the shell hands that to the browser rather than following it.
    dispatch: (url, init) => miniflare.dispatchFetch(url, { ...init, redirect: 'manual' }),
    close: () => miniflare.dispose(),
  };
}
