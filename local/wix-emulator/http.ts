/** Small HTTP helpers shared by every route: Wix's request-id header, JSON replies and bodies. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validationError, WixHttpError } from './errors';

const MAX_BODY_BYTES = 1024 * 1024;

export function newRequestId(): string {
  const hex = randomBytes(8).toString('hex');
  return `${Math.floor(Date.now() / 1000)}.${hex}`;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: WixHttpError): void {
  sendJson(res, error.status, error.body, error.headers);
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new WixHttpError(413, { message: 'Request body too large', details: {} });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Falls through to the validation error below, which is what Wix answers to a malformed body.
  }
  throw validationError([{ field: 'body', description: 'must be a JSON object', violatedRule: 'FORMAT' }]);
}

export function sendHtml(res: ServerResponse, status: number, title: string, text: string, method = 'GET'): void {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : html);
}
