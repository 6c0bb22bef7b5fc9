/** Sorting by table header: the active column flips order; another column starts in its most useful order. */
import type { SortKey } from './file-query';

export type SortColumn = 'name' | 'size' | 'date';

const FIRST: Record<SortColumn, SortKey> = { name: 'name-asc', size: 'size-desc', date: 'date-desc' };
const FLIP: Record<SortKey, SortKey> = {
  'name-asc': 'name-desc',
  'name-desc': 'name-asc',
  'size-desc': 'size-asc',
  'size-asc': 'size-desc',
  'date-desc': 'date-asc',
  'date-asc': 'date-desc',
};

export const isSortColumn = (key: unknown): key is SortColumn => key === 'name' || key === 'size' || key === 'date';

export const sortColumnOf = (sort: SortKey): SortColumn => sort.split('-')[0] as SortColumn;

export const nextSort = (current: SortKey, clicked: SortColumn): SortKey =>
  sortColumnOf(current) === clicked ? FLIP[current] : FIRST[clicked];

/** For the header's arrow and aria-sort: undefined when the column is not the sorted one. */
export const sortDescending = (current: SortKey, column: SortColumn): boolean | undefined =>
  sortColumnOf(current) === column ? current.endsWith('-desc') : undefined;

export type SortOrder = 'asc' | 'desc';

export const sortOrderOf = (sort: SortKey): SortOrder => (sort.endsWith('-desc') ? 'desc' : 'asc');

/** A column's two orders, the one it starts in first, so a sort control lists them the way headers cycle. */
export const sortOrdersOf = (column: SortColumn): readonly SortOrder[] =>
  sortOrderOf(FIRST[column]) === 'desc' ? ['desc', 'asc'] : ['asc', 'desc'];
