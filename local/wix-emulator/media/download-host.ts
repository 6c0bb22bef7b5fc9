/**
 * The download host as a browser meets it (media-manager-api.md §8.5): token URLs open exactly one path until
 * `exp`; after that the browser is sent to `red` or gets a 403 page. Public files also serve on their plain
 * `url`; a private file's plain `url` answers 403. Bytes stream with Range support.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalog } from './catalog';
import type { Clock } from '../clock';
import type { DownloadTokens } from './download-token';
import { sendHtml } from '../http';
import type { Asset } from './model';

const DOWNLOAD_PREFIXES = ['media', 'mp3', 'ugd', 'video', 'archives', 'shapes', 'raw'];

/** Seconds of clock skew Wix's host tolerates around `exp`. */
const EXPIRY_SKEW_SECONDS = 10;

export function isDownloadPath(pathname: string): boolean {
  const first = pathname.split('/')[1] ?? '';
  return DOWNLOAD_PREFIXES.includes(first);
}

function forbidden(res: ServerResponse, method: string): void {
  sendHtml(res, 403, '403 Forbidden', 'This link is not valid or has expired. Ask the person who shared it for a new link.', method);
}

export function contentDisposition(type: 'attachment' | 'inline', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type ByteRange = { start: number; end: number };

/** One `bytes=` range; undefined = no usable Range header (serve everything), null = unsatisfiable. */
function parseRange(header: string | undefined, size: number): ByteRange | undefined | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || start > end) return null;
  return { start, end };
}

export function serveBytes(
  req: IncomingMessage,
  res: ServerResponse,
  asset: Asset,
  headers: Record<string, string>,
): void {
  const size = asset.sizeInBytes;
  const base = { ...headers, 'Content-Type': asset.mimeType, 'Accept-Ranges': 'bytes' };
  const range = parseRange(req.headers.range, size);
  if (range === null) {
    res.writeHead(416, { ...base, 'Content-Range': `bytes */${size}`, 'Content-Length': 0 });
    res.end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const partial = range !== undefined;
  res.writeHead(partial ? 206 : 200, {
    ...base,
    'Content-Length': String(end - start + 1),
    ...(partial ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  createReadStream(asset.bytesPath, { start, end }).on('error', () => res.destroy()).pipe(res);
}

export async function serveDownload(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: { catalog: Catalog; clock: Clock; tokens: DownloadTokens },
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    res.end();
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return forbidden(res, method);
  }
  const token = url.searchParams.get('token');
  const found = deps.catalog.assetAt(path);

  if (!token) {
    // A plain static URL: public originals only.
    if (!found || found.asset.key !== 'src') return sendHtml(res, 404, '404 Not Found', 'There is no file at this address.', method);
    if (found.file.private) return forbidden(res, method);
    return serveBytes(req, res, found.asset, { 'Cache-Control': 'public, max-age=31536000' });
  }

  const claims = await deps.tokens.verify(token);
  if (!claims || claims.path !== path) return forbidden(res, method);
  if (deps.clock.now() / 1000 > claims.expiresAtSeconds + EXPIRY_SKEW_SECONDS) {
    if (claims.redirectUrl) {
      res.writeHead(302, { Location: claims.redirectUrl, 'Cache-Control': 'no-store', 'Content-Length': 0 });
      res.end();
      return;
    }
    return forbidden(res, method);
  }
  if (!found) return sendHtml(res, 404, '404 Not Found', 'This file no longer exists.', method);
  serveBytes(req, res, found.asset, {
    'Cache-Control': 'private, max-age=0',
    'Content-Disposition': contentDisposition(claims.disposition, claims.filename),
  });
}
