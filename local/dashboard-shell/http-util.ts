import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return CONTENT_TYPES[dot >= 0 ? fileName.slice(dot) : ''] ?? 'application/octet-stream';
}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Request headers as a flat record, without the hop-by-hop ones a proxy must not forward. */
export function forwardableHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || ['host', 'connection', 'content-length', 'transfer-encoding'].includes(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export async function sendFetchResponse(
  response: { status: number; headers: Headers | { forEach(cb: (value: string, name: string) => void): void }; arrayBuffer(): Promise<ArrayBuffer> },
  reply: ServerResponse,
): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  response.headers.forEach((value, name) => {
    if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) reply.setHeader(name, value);
  });
  reply.setHeader('content-length', body.length);
  reply.writeHead(response.status);
  reply.end(body);
}

export function sendText(reply: ServerResponse, status: number, text: string, contentType = 'text/plain; charset=utf-8'): void {
  reply.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  reply.end(text);
}
