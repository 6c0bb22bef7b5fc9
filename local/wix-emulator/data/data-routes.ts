/**
 * The Wix Data Items API as `@wix/data@1.0.521` calls it (requests captured in
 * test/contract/fixtures/wix-data-requests.json): paths, bodies, the `dataItem` envelope, `$date` values and
 * Wix Data's WDE error codes. The caller's token decides the site instance whose items are used.
 */
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Identity } from '../oauth/auth';
import { applicationError } from '../errors';
import { readJson } from '../http';
import type { EmulatorState } from '../state';
import { mayAct, type ItemAction } from './collections';
import { invalidRequest, noPermission } from './data-errors';
import { checkFilter, InvalidFilterError } from './filter';
import { DEFAULT_LIMIT, decodeCursor, MAX_CURSOR_LIMIT, MAX_OFFSET_LIMIT, pageOf, sortItems, type QuerySpec } from './paging';
import type { FieldModification, Scope } from './store';
import { fromWire, toWire, type DataObject, type DataValue } from './wire-values';

const PREFIX = '/wix-data/v2/';

export type DataRoute = 'insert' | 'bulkInsert' | 'get' | 'query' | 'count' | 'update' | 'patch' | 'remove' | 'unsupported';

export function dataRoute(method: string, path: string): DataRoute | undefined {
  if (!path.startsWith(PREFIX)) return undefined;
  const rest = path.slice(PREFIX.length);
  if (rest === 'items/query' && (method === 'GET' || method === 'POST')) return 'query';
  if (method === 'POST') {
    const posts: Record<string, DataRoute> = {
      items: 'insert',
      'bulk/items/insert': 'bulkInsert',
      'items/count': 'count',
      'items/update': 'update',
      'items/patch': 'patch',
      'items/remove': 'remove',
    };
    return posts[rest] ?? 'unsupported';
  }
  if (method === 'GET' && /^items\/[^/]+$/.test(rest)) return 'get';
  return 'unsupported';
}

const ACTION_OF: Record<Exclude<DataRoute, 'unsupported'>, { action: ItemAction; verb: string }> = {
  insert: { action: 'itemInsert', verb: 'insert' },
  bulkInsert: { action: 'itemInsert', verb: 'insert' },
  get: { action: 'itemRead', verb: 'read' },
  query: { action: 'itemRead', verb: 'read' },
  count: { action: 'itemRead', verb: 'read' },
  update: { action: 'itemUpdate', verb: 'update' },
  patch: { action: 'itemUpdate', verb: 'update' },
  remove: { action: 'itemRemove', verb: 'remove' },
};

const itemData = z.record(z.string(), z.unknown());
const condition = z.object({ filter: z.unknown().optional() }).optional();
const collectionField = { dataCollectionId: z.string().min(1) };
const modification = z.discriminatedUnion('action', [
  z.object({ action: z.literal('SET_FIELD'), fieldPath: z.string().min(1), setFieldOptions: z.object({ value: z.unknown() }) }),
  z.object({ action: z.literal('INCREMENT_FIELD'), fieldPath: z.string().min(1), incrementFieldOptions: z.object({ value: z.number() }) }),
  z.object({ action: z.literal('REMOVE_FIELD'), fieldPath: z.string().min(1) }),
  z.object({ action: z.literal('APPEND_TO_ARRAY'), fieldPath: z.string().min(1), appendToArrayOptions: z.object({ value: z.unknown() }) }),
  z.object({ action: z.literal('REMOVE_FROM_ARRAY'), fieldPath: z.string().min(1), removeFromArrayOptions: z.object({ value: z.unknown() }) }),
]);
const schemas = {
  insert: z.object({ ...collectionField, dataItem: z.object({ id: z.string().min(1).optional(), data: itemData.optional() }) }),
  bulkInsert: z.object({ ...collectionField, dataItems: z.array(z.object({ id: z.string().min(1).optional(), data: itemData })).min(1).max(1000) }),
  get: z.object({ ...collectionField, dataItemId: z.string().min(1) }),
  update: z.object({ ...collectionField, dataItem: z.object({ id: z.string().min(1), data: itemData }), condition }),
  patch: z.object({
    ...collectionField,
    patch: z.object({ dataItemId: z.string().min(1), fieldModifications: z.array(modification).min(1) }),
    condition,
  }),
  remove: z.object({ ...collectionField, dataItemId: z.string().min(1), condition }),
  count: z.object({ ...collectionField, filter: z.unknown().optional() }),
  query: z.object({
    ...collectionField,
    query: z
      .object({
        fields: z.array(z.string()).optional(),
        filter: z.unknown().optional(),
        sort: z.array(z.object({ fieldName: z.string().min(1), order: z.enum(['ASC', 'DESC']).optional() })).optional(),
        paging: z.object({ limit: z.number().int().min(0).max(MAX_OFFSET_LIMIT).optional(), offset: z.number().int().min(0).optional() }).optional(),
        cursorPaging: z.object({ limit: z.number().int().min(0).max(MAX_CURSOR_LIMIT).optional(), cursor: z.string().nullish() }).optional(),
      })
      .optional(),
    returnTotalCount: z.boolean().optional(),
  }),
};

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw invalidRequest(`Invalid request: ${issue.path.join('.') || 'body'}: ${issue.message}.`);
}

function filterOf(filter: unknown): DataValue | undefined {
  if (filter === undefined) return undefined;
  const decoded = fromWire(filter);
  checkFilter(decoded);
  return decoded;
}

const envelope = (collectionId: string, item: DataObject) => ({
  dataItem: { id: item._id, dataCollectionId: collectionId, data: toWire(item) },
});

/** The JSON the GET form of query carries in `.r` (base64url), or the POST body. */
async function bodyOf(req: IncomingMessage, route: DataRoute, url: URL): Promise<Record<string, unknown>> {
  if (route === 'get') {
    return { dataCollectionId: url.searchParams.get('dataCollectionId') ?? undefined, dataItemId: decodeURIComponent(url.pathname.split('/').pop()!) };
  }
  if (req.method === 'GET') {
    const encoded = url.searchParams.get('.r');
    try {
      const parsed: unknown = JSON.parse(Buffer.from(encoded ?? '', 'base64url').toString('utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // Falls through to the validation error.
    }
    throw invalidRequest('Invalid request: the .r query parameter must be base64url-encoded JSON.');
  }
  return readJson(req);
}

function runQuery(state: EmulatorState, scope: Scope, request: z.infer<typeof schemas.query>) {
  const query = request.query ?? {};
  const cursor = query.cursorPaging?.cursor;
  const spec: QuerySpec & { offset: number } = cursor
    ? decodeCursor(cursor)
    : {
        filter: filterOf(query.filter),
        sort: (query.sort ?? []).map(({ fieldName, order }) => ({ fieldName, order: order ?? 'ASC' })),
        fields: query.fields ?? [],
        offset: query.paging?.offset ?? 0,
      };
  const byCursor = query.cursorPaging !== undefined;
  const limit = (byCursor ? query.cursorPaging?.limit : query.paging?.limit) ?? DEFAULT_LIMIT;
  const matches = sortItems(state.data.find(scope, spec.filter), spec.sort);
  const { items, pagingMetadata } = pageOf(matches, spec, { offset: spec.offset, limit, byCursor, returnTotalCount: request.returnTotalCount === true });
  return { dataItems: items.map((item) => envelope(scope.collectionId, item).dataItem), pagingMetadata };
}

function modificationsOf(request: z.infer<typeof schemas.patch>): FieldModification[] {
  return request.patch.fieldModifications.map((change): FieldModification => {
    switch (change.action) {
      case 'SET_FIELD':
        return { action: change.action, fieldPath: change.fieldPath, value: fromWire(change.setFieldOptions.value) };
      case 'INCREMENT_FIELD':
        return { action: change.action, fieldPath: change.fieldPath, value: change.incrementFieldOptions.value };
      case 'REMOVE_FIELD':
        return { action: change.action, fieldPath: change.fieldPath };
      case 'APPEND_TO_ARRAY':
        return { action: change.action, fieldPath: change.fieldPath, value: fromWire(change.appendToArrayOptions.value) };
      case 'REMOVE_FROM_ARRAY':
        return { action: change.action, fieldPath: change.fieldPath, value: fromWire(change.removeFromArrayOptions.value) };
    }
  });
}

function authorize(state: EmulatorState, route: Exclude<DataRoute, 'unsupported'>, collectionId: string, identity: Identity): Scope {
  state.data.requireCollection(collectionId);
  const collection = state.collections.find((candidate) => candidate.id === collectionId)!;
  const { action, verb } = ACTION_OF[route];
  if (!mayAct(collection, action, identity.subjectType)) throw noPermission(collectionId, verb);
  return { instanceId: identity.installation.instanceId, collectionId };
}

async function dispatch(req: IncomingMessage, route: Exclude<DataRoute, 'unsupported'>, url: URL, state: EmulatorState): Promise<unknown> {
  const identity = state.identities.authenticate(req.headers.authorization);
  const body = await bodyOf(req, route, url);
  const scopeFor = (collectionId: string) => authorize(state, route, collectionId, identity);
  const owner = identity.subjectId;
  switch (route) {
    case 'insert': {
      const request = parse(schemas.insert, body);
      const scope = scopeFor(request.dataCollectionId);
      const data = fromWire(request.dataItem.data ?? {}) as DataObject;
      if (request.dataItem.id !== undefined) data._id = request.dataItem.id;
      return envelope(scope.collectionId, state.data.insert(scope, data, owner));
    }
    case 'bulkInsert': {
      const request = parse(schemas.bulkInsert, body);
      const scope = scopeFor(request.dataCollectionId);
      const items = request.dataItems.map(({ id, data }) => ({ ...(fromWire(data) as DataObject), ...(id === undefined ? {} : { _id: id }) }));
      const outcomes = state.data.bulkInsert(scope, items, owner);
      const results = outcomes.map((outcome, originalIndex) =>
        outcome.ok
          ? { action: 'INSERT', itemMetadata: { id: outcome.item._id, originalIndex, success: true }, dataItem: envelope(scope.collectionId, outcome.item).dataItem }
          : { action: 'INSERT', itemMetadata: { id: items[originalIndex]!._id, originalIndex, success: false, error: (outcome.error.body as { details: { applicationError: unknown } }).details.applicationError } },
      );
      const totalSuccesses = outcomes.filter((outcome) => outcome.ok).length;
      return { results, bulkActionMetadata: { totalSuccesses, totalFailures: outcomes.length - totalSuccesses, undetailedFailures: 0 } };
    }
    case 'get': {
      const request = parse(schemas.get, body);
      const scope = scopeFor(request.dataCollectionId);
      return envelope(scope.collectionId, state.data.get(scope, request.dataItemId));
    }
    case 'update': {
      const request = parse(schemas.update, body);
      const scope = scopeFor(request.dataCollectionId);
      const data = { ...(fromWire(request.dataItem.data) as DataObject), _id: request.dataItem.id };
      return envelope(scope.collectionId, state.data.update(scope, data, filterOf(request.condition?.filter)));
    }
    case 'patch': {
      const request = parse(schemas.patch, body);
      const scope = scopeFor(request.dataCollectionId);
      const item = state.data.patch(scope, request.patch.dataItemId, modificationsOf(request), filterOf(request.condition?.filter));
      return envelope(scope.collectionId, item);
    }
    case 'remove': {
      const request = parse(schemas.remove, body);
      const scope = scopeFor(request.dataCollectionId);
      return envelope(scope.collectionId, state.data.remove(scope, request.dataItemId, filterOf(request.condition?.filter)));
    }
    case 'count': {
      const request = parse(schemas.count, body);
      const scope = scopeFor(request.dataCollectionId);
      return { totalCount: state.data.find(scope, filterOf(request.filter)).length };
    }
    case 'query': {
      const request = parse(schemas.query, body);
      return runQuery(state, scopeFor(request.dataCollectionId), request);
    }
  }
}

export async function handleData(req: IncomingMessage, route: DataRoute, url: URL, state: EmulatorState): Promise<unknown> {
  if (route === 'unsupported') {
    throw applicationError(501, 'UNIMPLEMENTED', `The emulator does not implement ${req.method} ${url.pathname}.`);
  }
  try {
    return await dispatch(req, route, url, state);
  } catch (error) {
    if (error instanceof InvalidFilterError) throw invalidRequest(`Invalid query: ${error.message}`);
    throw error;
  }
}
