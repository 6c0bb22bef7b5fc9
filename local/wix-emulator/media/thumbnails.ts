/**
 * `thumbnailUrl` targets: public images and vectors serve their own bytes, everything else a small type icon.
 * Wix does show content-based thumbnails of private images to the site owner, but this address takes no
 * token, so showing a private image's content here would be a way around its privacy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalog } from './catalog';
import { serveBytes } from './download-host';
import { sendHtml } from '../http';
import { srcAsset } from './model';

function typeIcon(label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" rx="12" fill="#e7f0ff"/><text x="48" y="56" font-family="sans-serif" font-size="16" text-anchor="middle" fill="#116dff">${label}</text></svg>`;
}

export function serveThumbnail(req: IncomingMessage, res: ServerResponse, fileId: string, catalog: Catalog): void {
  const file = catalog.file(fileId);
  if (!file) return sendHtml(res, 404, '404 Not Found', 'There is no file with this id.', req.method);
  if (!file.private && (file.mediaType === 'IMAGE' || file.mediaType === 'VECTOR')) {
    return serveBytes(req, res, srcAsset(file), { 'Cache-Control': 'private, max-age=3600' });
  }
  const svg = typeIcon(file.mediaType);
  res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Content-Length': Buffer.byteLength(svg), 'Cache-Control': 'public, max-age=3600' });
  res.end(req.method === 'HEAD' ? undefined : svg);
}
