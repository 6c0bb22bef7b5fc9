/**
 * The Media Manager REST surface, reached under `/site-media/v1` (the SDK's path for www.wixapis.com) and
 * `/wix-privatemedia-proxy-server/v1` (its path when a custom host is set). Auth first, as Wix does.
 */
import type { IncomingMessage } from 'node:http';
import { applicationError, systemError } from '../errors';
import { getFileById, getFiles, listFiles, searchFiles } from './files-routes';
import { getFolder, listFolders } from './folders-routes';
import { generateFileDownloadUrl } from './generate-download-url';
import { readJson } from '../http';
import type { EmulatorState } from '../state';

const MEDIA_PREFIXES = ['/site-media/v1/', '/wix-privatemedia-proxy-server/v1/'];

export function mediaRoute(pathname: string): string | undefined {
  const prefix = MEDIA_PREFIXES.find((candidate) => pathname.startsWith(candidate));
  return prefix ? pathname.slice(prefix.length) : undefined;
}

type Handler = (req: IncomingMessage, url: URL, state: EmulatorState) => unknown;

const filesDeps = (state: EmulatorState) => ({ catalog: state.catalog, origin: state.origin });

/** Each endpoint with the Media Manager permission it needs: reading needs Read, links need Manage. */
const ROUTES: Record<string, { needs: 'READ' | 'MANAGE'; handle: Handler }> = {
  'GET files': { needs: 'READ', handle: (_req, url, state) => listFiles(url.searchParams, filesDeps(state)) },
  'POST files/search': { needs: 'READ', handle: async (req, _url, state) => searchFiles(await readJson(req), filesDeps(state)) },
  'GET files/get-file-by-id': { needs: 'READ', handle: (_req, url, state) => getFileById(url.searchParams, filesDeps(state)) },
  'POST files/get-files': { needs: 'READ', handle: async (req, _url, state) => getFiles(await readJson(req), filesDeps(state)) },
  'POST files/generate-file-download-url': {
    needs: 'MANAGE',
    handle: async (req, _url, state) =>
      generateFileDownloadUrl(await readJson(req), { ...filesDeps(state), clock: state.clock, tokens: state.tokens }),
  },
  'POST files/generate-download-url': {
    needs: 'MANAGE',
    handle: async (req, _url, state) => state.archives.create(await readJson(req), state.catalog, state.origin),
  },
  'GET folders': { needs: 'READ', handle: (_req, url, state) => listFolders(url.searchParams, state.catalog) },
};

export async function handleMedia(req: IncomingMessage, route: string, url: URL, state: EmulatorState): Promise<unknown> {
  const method = req.method ?? 'GET';
  const endpoint = ROUTES[`${method} ${route}`];
  if (endpoint) {
    state.identities.require(req.headers.authorization, endpoint.needs);
    return endpoint.handle(req, url, state);
  }
  const folderMatch = /^folders\/([^/]+)$/.exec(route);
  if (method === 'GET' && folderMatch?.[1]) {
    state.identities.require(req.headers.authorization, 'READ');
    return getFolder(decodeURIComponent(folderMatch[1]), state.catalog);
  }
  if (/^(files|folders|bulk|trash-bin)(\/|$)/.test(route)) {
    // A real Media Manager endpoint this emulator does not implement: fail loudly rather than pretend.
    throw systemError(501);
  }
  throw applicationError(404, 'NOT_FOUND', `No Media Manager endpoint at ${method} ${route}.`);
}
