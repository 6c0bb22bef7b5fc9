/** ListFiles, SearchFiles, GetFileDescriptor(s): the read endpoints of the Files API in Wix's REST shape. */
import { z } from 'zod';
import { FILE_SORT_FIELDS, type Catalog, type FileFilters } from './catalog';
import { fileDescriptor } from './descriptor';
import { applicationError, notFound } from '../errors';
import { fileIdFrom } from './file-id';
import { decodeCursor, pageOf, pagingResponse, parseLimit, parseSort, type Query } from './listing';
import { MEDIA_ROOT, MEDIA_TYPES, type MediaFile, type MediaType } from './model';
import { parseBody } from '../validation';

export type FilesDeps = { catalog: Catalog; origin: string };

function mediaTypesFrom(values: readonly string[] | undefined): MediaType[] | undefined {
  if (!values || values.length === 0) return undefined;
  for (const value of values) {
    if (!(MEDIA_TYPES as readonly string[]).includes(value)) {
      throw applicationError(400, 'UNSUPPORTED_MEDIA_TYPE', `Media type "${value}" is not supported.`, {
        allowedValues: MEDIA_TYPES,
        requestValue: value,
      });
    }
  }
  return values as MediaType[];
}

function privateFrom(value: string | boolean | null | undefined): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

type PagedRequest = { query: Query; cursor?: string | null; limit?: unknown };

function filesPage(deps: FilesDeps, request: PagedRequest) {
  const limit = parseLimit(request.limit);
  const { query, offset } = request.cursor ? decodeCursor(request.cursor) : { query: request.query, offset: 0 };
  const page = pageOf(deps.catalog.queryFiles(query), query, offset, limit);
  return {
    files: page.items.map((file) => fileDescriptor(deps.origin, deps.catalog.siteId, file)),
    nextCursor: pagingResponse(page),
  };
}

export function listFiles(params: URLSearchParams, deps: FilesDeps) {
  const folderId = params.get('parentFolderId') || MEDIA_ROOT;
  const filters: FileFilters = {
    mediaTypes: mediaTypesFrom(params.getAll('mediaTypes')),
    private: privateFrom(params.get('private')),
  };
  const sort = parseSort(params.get('sort.fieldName') ?? undefined, params.get('sort.order') ?? undefined, FILE_SORT_FIELDS);
  const cursor = params.get('paging.cursor');
  if (!cursor && !deps.catalog.isKnownFolder(folderId)) throw notFound(`Folder "${folderId}"`);
  return filesPage(deps, { query: { scope: folderId, filters, sort }, cursor, limit: params.get('paging.limit') ?? undefined });
}

const searchSchema = z.object({
  search: z.string().max(200).nullish(),
  rootFolder: z.enum(['MEDIA_ROOT', 'TRASH_ROOT', 'VISITOR_UPLOADS_ROOT']).nullish(),
  mediaTypes: z.array(z.string()).nullish(),
  private: z.boolean().nullish(),
  sort: z.object({ fieldName: z.string().optional(), order: z.string().optional() }).nullish(),
  paging: z.object({ limit: z.number().nullish(), cursor: z.string().nullish() }).nullish(),
});

export function searchFiles(body: unknown, deps: FilesDeps) {
  const request = parseBody(searchSchema, body);
  const filters: FileFilters = {
    mediaTypes: mediaTypesFrom(request.mediaTypes ?? undefined),
    private: privateFrom(request.private),
    search: request.search?.trim() || undefined,
  };
  const sort = parseSort(request.sort?.fieldName, request.sort?.order, FILE_SORT_FIELDS);
  // Nothing is ever trashed or uploaded by visitors here, so those roots are empty scopes.
  const scope = request.rootFolder ?? 'MEDIA_ROOT';
  return filesPage(deps, { query: { scope, filters, sort }, cursor: request.paging?.cursor, limit: request.paging?.limit });
}

function resolveFile(deps: FilesDeps, rawId: string): MediaFile {
  const file = deps.catalog.file(fileIdFrom(rawId));
  if (!file) throw notFound(`File "${rawId}"`);
  return file;
}

export function getFileById(params: URLSearchParams, deps: FilesDeps) {
  const fileId = parseBody(z.object({ fileId: z.string().min(1).max(1000) }), { fileId: params.get('fileId') ?? undefined }).fileId;
  return { file: fileDescriptor(deps.origin, deps.catalog.siteId, resolveFile(deps, fileId)) };
}

export function getFiles(body: unknown, deps: FilesDeps) {
  const { fileIds } = parseBody(z.object({ fileIds: z.array(z.string().min(1).max(1000)).min(1).max(100) }), body);
  return { files: fileIds.map((id) => fileDescriptor(deps.origin, deps.catalog.siteId, resolveFile(deps, id))) };
}
