import { items } from '@wix/data';
import { files } from '@wix/media';
import { createClient } from '@wix/sdk';
const log: unknown[] = [];
let respond: () => unknown = () => ({});
const fetchRec: typeof fetch = async (input, init) => {
  const req = input instanceof Request ? input : new Request(input as string, init);
  const url = new URL(req.url);
  const text = req.method === 'GET' ? '' : await req.text();
  const r = url.searchParams.get('.r');
  log.push({ method: req.method, path: url.pathname, r: r ? JSON.parse(Buffer.from(r, 'base64url').toString()) : undefined, body: text ? JSON.parse(text) : undefined });
  return new Response(JSON.stringify(respond()), { status: 200, headers: { 'content-type': 'application/json' } });
};
const client = createClient({ modules: { items, files }, auth: { getAuthHeaders: async () => ({ headers: { Authorization: 'T' } }) }, fetch: fetchRec });
const C = '@ns/links';
const now = new Date('2026-01-02T03:04:05.000Z');
async function step(name: string, fn: () => Promise<any>) {
  log.length = 0;
  let res: any; let err: any;
  try { res = await fn(); } catch (e: any) { err = e.message; }
  console.log('=== ' + name, JSON.stringify(log), 'result', JSON.stringify(res), err);
  return res;
}
respond = () => ({ dataItems: [{ id: 'a', dataCollectionId: C, data: { _id: 'a', createdAt: { $date: now.toISOString() } } }], pagingMetadata: { count: 1, hasNext: true, cursors: { next: 'CUR1' } } });
await step('direct', () => client.items.query(C, { filter: { expiresAt: { $gt: now }, $or: [{ fileName: { $contains: 'x' } }] }, sort: [{ fieldName: 'createdAt', order: 'DESC' }], paging: { limit: 50 } } as any));
await step('direct cursor', () => client.items.query(C, { cursorPaging: { limit: 50, cursor: 'CUR1' } } as any));
respond = () => ({ results: [{ action: 'INSERT', itemMetadata: { id: 'a', originalIndex: 0, success: true }, dataItem: { id: 'a', dataCollectionId: C, data: { _id: 'a' } } }, { action: 'INSERT', itemMetadata: { id: 'b', originalIndex: 1, success: false, error: { code: 'WDE0074', description: 'exists' } } }], bulkActionMetadata: { totalSuccesses: 1, totalFailures: 1 } });
await step('bulk', () => client.items.bulkInsert(C, [{ _id: 'a', createdAt: now, links: [{ assetKey: 'src', url: 'u' }] }, { _id: 'b' }]));
respond = () => ({ files: [{ id: 'f1', displayName: 'A.jpg', mediaType: 'IMAGE', sizeInBytes: '123', mimeType: 'image/jpeg' }] });
await step('descriptors', () => client.files.getFileDescriptors(['f1']));
