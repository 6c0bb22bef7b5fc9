import path from 'node:path';
import { Miniflare, fetch as workerFetch, type Response as WorkerResponse } from 'miniflare';
import { toEmulator } from '../wix-api-origin';

export type Backend = {
  /** Hands one HTTP request to the built backend's fetch handler, as Wix's edge does. */
  dispatch(url: string, init: { method: string; headers: Record<string, string>; body?: string }): Promise<WorkerResponse>;
  close(): Promise<void>;
};

/**
 * Runs `dist/backend/entry.mjs` (what `wix app build` produces and Wix deploys) in miniflare, the
 * Workers runtime `wix app dev` uses. Its outbound calls to www.wixapis.com (token-info, OAuth,
 * Media Manager) go to the emulator instead, the same rewrite `@wix/cli-app`'s own test hook does,
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
    outboundService: (request) => {
      const target = toEmulator(request.url, options.emulatorUrl);
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      return workerFetch(target, { method: request.method, headers: request.headers, body: hasBody ? request.body : null, duplex: 'half' });
    },
  });
  await miniflare.ready;
  return {
    dispatch: (url, init) => miniflare.dispatchFetch(url, init),
    close: () => miniflare.dispose(),
  };
}
