/** ListFolders and GetFolder. Folders are few, so each listing sorts on the spot. */
import { FOLDER_SORT_FIELDS, type Catalog } from './catalog';
import { folderDescriptor } from './descriptor';
import { notFound } from '../errors';
import { decodeCursor, pageOf, pagingResponse, parseLimit, parseSort, sortedBy } from './listing';
import { MEDIA_ROOT, type Folder } from './model';

export function listFolders(params: URLSearchParams, catalog: Catalog) {
  const limit = parseLimit(params.get('paging.limit') ?? undefined);
  const cursor = params.get('paging.cursor');
  const { query, offset } = cursor
    ? decodeCursor(cursor)
    : {
        query: {
          scope: params.get('parentFolderId') || MEDIA_ROOT,
          filters: {},
          sort: parseSort(params.get('sort.fieldName') ?? undefined, params.get('sort.order') ?? undefined, FOLDER_SORT_FIELDS),
        },
        offset: 0,
      };
  if (!catalog.isKnownFolder(query.scope)) throw notFound(`Folder "${query.scope}"`);
  const key = query.sort.fieldName === 'displayName' ? (f: Folder) => f.displayName.toLowerCase() : (f: Folder) => f.updatedDate;
  const ascending = sortedBy(catalog.childFolders(query.scope), key);
  const ordered = query.sort.order === 'ASC' ? ascending : ascending.reverse();
  const page = pageOf(ordered, query, offset, limit);
  return { folders: page.items.map((folder) => folderDescriptor(catalog.siteId, folder)), nextCursor: pagingResponse(page) };
}

export function getFolder(folderId: string, catalog: Catalog) {
  const folder = catalog.folder(folderId);
  if (!folder) throw notFound(`Folder "${folderId}"`);
  return { folder: folderDescriptor(catalog.siteId, folder) };
}
