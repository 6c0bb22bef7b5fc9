/**
 * One request, start to finish: request id and CORS on every reply, the request log, then dispatch to the
 * control API, OAuth, the Media Manager REST API (behind the rate limit and injected faults), the Wix Data
 * Items API (behind injected faults) or the download host.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ARCHIVE_PREFIX } from './media/archives';
import { handleControl } from './control/control-routes';
import { tooManyRequests } from './data/data-errors';
import { dataRoute, handleData } from './data/data-routes';
import { isDownloadPath, serveDownload } from './media/download-host';
import { applicationError, systemError, WixHttpError } from './errors';
import type { FaultOutcome } from './faults';
import { newRequestId, readJson, sendError, sendJson } from './http';
import { handleMedia, mediaRoute } from './media/media-routes';
import { oauthToken, tokenInfo } from './oauth/oauth-routes';
import type { EmulatorState } from './state';
import { serveThumbnail } from './media/thumbnails';

const CONTROL_PREFIX = '/__emulator/';

// The dashboard page calls the emulator from another origin (the shell), as it calls www.wixapis.com on Wix.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, wix-site-id, x-wix-bi-gateway, x-wix-client-artifact-id, commonConfig, Range',
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS',
  'Access-Control-Expose-Headers': 'X-Wix-Request-Id, Content-Disposition, Content-Range, Retry-After',
};

function logWhenDone(req: IncomingMessage, res: ServerResponse, path: string, state: EmulatorState): void {
  if (path.startsWith(CONTROL_PREFIX)) return;
  const record = (status: number) =>
    state.log.add({ method: req.method ?? 'GET', path, status, at: new Date(state.clock.now()).toISOString() });
  // A client may hang up mid-body (media elements do once they have what they need): that request still had
  // its status. Only a connection closed before any reply is logged as 0.
  res.once('close', () => record(res.headersSent ? res.statusCode : 0));
}

/** Applies an injected fault: false when the connection was dropped; throws the injected error. */
function passes(outcome: FaultOutcome, req: IncomingMessage): boolean {
  if (outcome.kind === 'drop') {
    req.socket.destroy();
    return false;
  }
  if (outcome.kind === 'fail') throw outcome.error;
  return true;
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL, state: EmulatorState): Promise<void> {
  const path = url.pathname;
  if (path.startsWith(CONTROL_PREFIX)) {
    return sendJson(res, 200, await handleControl(req, path.slice(CONTROL_PREFIX.length), state));
  }
  if (req.method === 'POST' && path === '/oauth2/token-info') {
    return sendJson(res, 200, tokenInfo(await readJson(req), state.identities));
  }
  if (req.method === 'POST' && path === '/oauth2/token') {
    return sendJson(res, 200, oauthToken(await readJson(req), state.identities));
  }
  const media = mediaRoute(path);
  if (media !== undefined) {
    state.rateLimiter.take();
    if (!passes(await state.faults.apply(), req)) return;
    return sendJson(res, 200, await handleMedia(req, media, url, state));
  }
  const data = dataRoute(req.method ?? 'GET', path);
  if (data !== undefined) {
    // Wix Data answers throttling with its own code, WDE0014, rather than the Media Manager's.
    const outcome = await state.faults.apply();
    if (!passes(outcome.kind === 'fail' && outcome.error.status === 429 ? { kind: 'fail', error: tooManyRequests() } : outcome, req)) return;
    return sendJson(res, 200, await handleData(req, data, url, state));
  }
  if (path.startsWith('/thumbnails/')) {
    return serveThumbnail(req, res, decodeURIComponent(path.slice('/thumbnails/'.length)), state.catalog);
  }
  if (path.startsWith(ARCHIVE_PREFIX)) return state.archives.serve(req, res, path.slice(ARCHIVE_PREFIX.length));
  if (isDownloadPath(path)) return serveDownload(req, res, url, state);
  throw applicationError(404, 'NOT_FOUND', `Nothing is served at ${path}.`);
}

export function createHandler(state: EmulatorState) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://emulator.local');
    res.setHeader('X-Wix-Request-Id', newRequestId());
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    logWhenDone(req, res, url.pathname, state);
    route(req, res, url, state).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof WixHttpError) return sendError(res, error);
      console.error('media emulator: unexpected error', error instanceof Error ? error.message : error);
      sendError(res, systemError(500));
    });
  };
}
