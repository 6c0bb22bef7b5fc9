import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend } from './backend';
import { readBuiltPage, type BuiltPage } from './built-app';
import { contentTypeOf, forwardableHeaders, readBody, sendFetchResponse, sendText } from './http-util';
import { listenOrExplain } from '../listen';
import { renderFrameHtml, renderPageHtml } from './html';
import { reactUmdFiles } from './react-umd';
import { parseLocale } from './locale';
import { parseRole, tokenForRole } from './roles';

const CLIENT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'client');
/** Wix substitutes this placeholder in the built statics with the app's backend URL when it deploys. */
const API_BASE_PLACEHOLDER = 'http://__API_BASEURL_PLACEHOLDER__.mock';
/** Browser calls to https://www.wixapis.com arrive here (see client/page-host.js) and go on to the emulator. */
const WIX_API_PREFIX = '/__wixapis';

export type ShellOptions = { projectDir: string; emulatorUrl: string; port?: number; host?: string; siteName?: string };
export type Shell = { url: string; page: BuiltPage; close(): Promise<void> };

export async function startShell(options: ShellOptions): Promise<Shell> {
  const distDir = path.join(options.projectDir, 'dist');
  const page = readBuiltPage(distDir);
  const backend = await startBackend({ distDir, emulatorUrl: options.emulatorUrl });
  const vendor = reactUmdFiles(options.projectDir, page.reactVersion);
  const siteName = options.siteName ?? 'Sample Site';

  async function serveFile(reply: ServerResponse, filePath: string, origin: string): Promise<void> {
    const bytes = await readFile(filePath).catch(() => undefined);
    if (!bytes) return sendText(reply, 404, 'not found');
    const isScript = filePath.endsWith('.js');
    const body = isScript ? bytes.toString('utf8').replaceAll(API_BASE_PLACEHOLDER, origin) : bytes;
    reply.writeHead(200, { 'content-type': contentTypeOf(filePath), 'cache-control': 'no-store' });
    reply.end(body);
  }

  async function route(request: IncomingMessage, reply: ServerResponse): Promise<void> {
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    const url = new URL(request.url ?? '/', origin);
    const { pathname } = url;
    // Web methods, and HTTP functions at /functions/<folder>/... as Wix's runtime routes them: both go to the
    // built backend's own fetch handler, which picks the folder (src/backend/api/<folder>/api.ts).
    if (pathname.startsWith('/_webMethods/') || pathname.startsWith('/functions/')) {
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : (await readBody(request)).toString('utf8');
      const response = await backend.dispatch(url.href, { method: request.method ?? 'POST', headers: forwardableHeaders(request), body });
      return sendFetchResponse(response, reply);
    }
    if (pathname.startsWith(`${WIX_API_PREFIX}/`)) {
      const target = new URL(pathname.slice(WIX_API_PREFIX.length) + url.search, options.emulatorUrl);
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
      const response = await fetch(target, { method: request.method, headers: forwardableHeaders(request), body });
      return sendFetchResponse(response, reply);
    }
    if (pathname === '/') {
      const frame = renderFrameHtml({ siteName, page, role: parseRole(url.searchParams.get('role')), locale: parseLocale(url.searchParams.get('locale')) });
      return sendText(reply, 200, frame, contentTypeOf('.html'));
    }
    // Read per request: a rebuild while the shell runs renames the page's hashed script.
    if (pathname === '/dashboard-page') return sendText(reply, 200, renderPageHtml(readBuiltPage(distDir)), contentTypeOf('.html'));
    if (pathname === '/__shell/token') {
      const token = await tokenForRole(options.emulatorUrl, parseRole(url.searchParams.get('role')));
      return sendText(reply, 200, JSON.stringify({ token }), contentTypeOf('.json'));
    }
    if (pathname.startsWith('/shell/')) return serveFile(reply, path.join(CLIENT_DIR, path.basename(pathname)), origin);
    if (pathname.startsWith('/vendor/')) {
      const file = vendor[path.basename(pathname)];
      return file ? serveFile(reply, file, origin) : sendText(reply, 404, 'not found');
    }
    if (pathname.startsWith('/browser/assets/')) {
      return serveFile(reply, path.join(distDir, 'statics', 'browser', 'assets', path.basename(pathname)), origin);
    }
    return sendText(reply, 404, 'not found');
  }

  const server = createServer((request, reply) => {
    route(request, reply).catch((error: unknown) => {
      // The reason goes to the terminal; the browser gets a plain sentence, never a token or URL.
      console.error(`Dashboard shell: ${request.method} ${new URL(request.url ?? '/', 'http://x').pathname} failed:`, error instanceof Error ? error.message : error);
      if (!reply.headersSent) sendText(reply, 502, 'The local dashboard could not reach the media emulator or the app backend. Check the terminal running `npm start`.');
      else reply.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  try {
    await listenOrExplain(server, options.port ?? 0, host, 'dashboard shell', 'PORT');
  } catch (error) {
    await backend.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    page,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await backend.close();
    },
  };
}
