import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, hasFilters, toFileRequest } from '../../../src/dashboard/file-browser/file-query';

describe('toFileRequest', () => {
  it('lists the direct children of the current folder, newest first, one page at a time', () => {
    expect(toFileRequest({ ...DEFAULT_QUERY, folderId: 'f1' })).toEqual({
      kind: 'list',
      options: { parentFolderId: 'f1', sort: { fieldName: '_updatedDate', order: 'DESC' }, paging: { limit: 50 } },
    });
  });

  it('searches every folder from the root when there is search text, whatever folder is open', () => {
    const r = toFileRequest({ ...DEFAULT_QUERY, folderId: 'f1', search: '  song ', sort: 'name-asc' }, 'c2', 20);
    expect(r).toEqual({
      kind: 'search',
      options: {
        search: 'song',
        rootFolder: 'MEDIA_ROOT',
        sort: { fieldName: 'displayName', order: 'ASC' },
        paging: { limit: 20, cursor: 'c2' },
      },
    });
  });

  it('maps the type and privacy filters and size sort', () => {
    const r = toFileRequest({ ...DEFAULT_QUERY, mediaType: 'AUDIO', privacy: 'PUBLIC', sort: 'size-desc' });
    expect(r.options).toMatchObject({ mediaTypes: ['AUDIO'], private: false, sort: { fieldName: 'sizeInBytes', order: 'DESC' } });
    expect(toFileRequest({ ...DEFAULT_QUERY, privacy: 'PRIVATE' }).options.private).toBe(true);
    expect(toFileRequest(DEFAULT_QUERY).options).not.toHaveProperty('private');
    expect(toFileRequest(DEFAULT_QUERY).options).not.toHaveProperty('mediaTypes');
  });
});

describe('hasFilters', () => {
  it('is true for search text or any filter, not for folder or sort', () => {
    expect(hasFilters({ ...DEFAULT_QUERY, folderId: 'x', sort: 'size-asc' })).toBe(false);
    expect(hasFilters({ ...DEFAULT_QUERY, search: 'a' })).toBe(true);
    expect(hasFilters({ ...DEFAULT_QUERY, mediaType: 'VIDEO' })).toBe(true);
    expect(hasFilters({ ...DEFAULT_QUERY, privacy: 'PRIVATE' })).toBe(true);
  });
});

describe('sorting by column header', () => {
  it('flips the active column and starts others in their useful order', async () => {
    const { nextSort, sortDescending } = await import('../../../src/dashboard/file-browser/sort-toggle');
    expect(nextSort('date-desc', 'date')).toBe('date-asc');
    expect(nextSort('date-asc', 'name')).toBe('name-asc');
    expect(nextSort('name-asc', 'name')).toBe('name-desc');
    expect(nextSort('name-desc', 'size')).toBe('size-desc');
    expect(sortDescending('size-desc', 'size')).toBe(true);
    expect(sortDescending('size-desc', 'name')).toBeUndefined();
    expect(sortDescending('name-asc', 'name')).toBe(false);
  });

  it('names the column and order of a sort, and lists a column\'s orders starting with the one it opens in', async () => {
    const { sortColumnOf, sortOrderOf, sortOrdersOf } = await import('../../../src/dashboard/file-browser/sort-toggle');
    expect(sortColumnOf('size-asc')).toBe('size');
    expect(sortOrderOf('size-asc')).toBe('asc');
    expect(sortOrderOf('date-desc')).toBe('desc');
    expect(sortOrdersOf('name')).toEqual(['asc', 'desc']);
    expect(sortOrdersOf('date')).toEqual(['desc', 'asc']);
    expect(sortOrdersOf('size')).toEqual(['desc', 'asc']);
  });
});
