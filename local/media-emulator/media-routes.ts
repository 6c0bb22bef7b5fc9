/**
 * The Media Manager REST surface, reached under `/site-media/v1` (the SDK's path for www.wixapis.com) and
 * `/wix-privatemedia-proxy-server/v1` (its path when a custom host is set). Auth first, as Wix does.
 */
import type { IncomingMessage } from 'node:http';
import { applicationError, systemError } from './errors';
import { getFileById, getFiles, listFiles, searchFiles } from './files-routes';
import { getFolder, listFolders } from './folders-routes';
import { generateFileDownloadUrl } from './generate-download-url';
import { readJson } from './http';
import type { EmulatorState } from './state';

export const MEDIA_PREFIXES = ['/site-media/v1/', '/wix-privatemedia-proxy-server/v1/'];

export function mediaRoute(pathname: string): string | undefined {
  const prefix = MEDIA_PREFIXES.find((candidate) => pathname.startsWith(candidate));
  return prefix ? pathname.slice(prefix.length) : undefined;
}

export async function handleMedia(req: IncomingMessage, route: string, url: URL, state: EmulatorState): Promise<unknown> {
  const method = req.method ?? 'GET';
  const authorization = req.headers.authorization;
  const files = { catalog: state.catalog, origin: state.origin };
  const key = `${method} ${route}`;

  switch (key) {
    case 'GET files':
      state.identities.require(authorization, 'READ');
      return listFiles(url.searchParams, files);
    case 'POST files/search':
      state.identities.require(authorization, 'READ');
      return searchFiles(await readJson(req), files);
    case 'GET files/get-file-by-id':
      state.identities.require(authorization, 'READ');
      return getFileById(url.searchParams, files);
    case 'POST files/get-files':
      state.identities.require(authorization, 'READ');
      return getFiles(await readJson(req), files);
    case 'POST files/generate-file-download-url':
      state.identities.require(authorization, 'MANAGE');
      return generateFileDownloadUrl(await readJson(req), { ...files, clock: state.clock, tokens: state.tokens });
    case 'POST files/generate-download-url':
      state.identities.require(authorization, 'MANAGE');
      return state.archives.create(await readJson(req), state.catalog, state.origin);
    case 'GET folders':
      state.identities.require(authorization, 'READ');
      return listFolders(url.searchParams, state.catalog);
  }
  const folderMatch = /^folders\/([^/]+)$/.exec(route);
  if (method === 'GET' && folderMatch?.[1]) {
    state.identities.require(authorization, 'READ');
    return getFolder(decodeURIComponent(folderMatch[1]), state.catalog);
  }
  if (/^(files|folders|bulk|trash-bin)(\/|$)/.test(route)) {
    // A real Media Manager endpoint this emulator does not implement: fail loudly rather than pretend.
    throw systemError(501);
  }
  throw applicationError(404, 'NOT_FOUND', `No Media Manager endpoint at ${method} ${route}.`);
}
