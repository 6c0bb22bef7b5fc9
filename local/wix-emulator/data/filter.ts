/**
 * Wix Data's filter language as `@wix/data`'s query builder writes it (captured in
 * test/contract/fixtures/wix-data-requests.json): `{field: value}` is equality (null: empty), `$and/$or/$not`
 * combine, and `$ne $gt $gte $lt $lte $in $hasSome $hasAll $exists $contains $startsWith $endsWith` compare.
 * Text operators ignore case, as Wix's do; equality does not. An operator Wix would not accept is an
 * InvalidFilterError, never a silent match.
 */
import { readPath, type DataObject, type DataValue } from './wire-values';

export class InvalidFilterError extends Error {}

type Filter = { [key: string]: DataValue };

const isPlainObject = (value: DataValue | undefined): value is DataObject =>
  value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);

const isEmpty = (value: DataValue | undefined): boolean => value === undefined || value === null;

/** Strict equality with dates compared as instants and arrays/objects compared by content. */
export function sameValue(a: DataValue | undefined, b: DataValue | undefined): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** Ordering for $gt/$lt and sort: only values of one kind compare; anything else is `undefined` (no match). */
export function compareValues(a: DataValue | undefined, b: DataValue | undefined): number | undefined {
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

function asList(operator: string, operand: DataValue): DataValue[] {
  if (!Array.isArray(operand)) throw new InvalidFilterError(`${operator} needs an array of values.`);
  return operand;
}

function asText(operator: string, operand: DataValue): string {
  if (typeof operand !== 'string') throw new InvalidFilterError(`${operator} needs a string.`);
  return operand.toLowerCase();
}

function valuesOf(value: DataValue | undefined): DataValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function textOf(value: DataValue | undefined): string | undefined {
  return typeof value === 'string' ? value.toLowerCase() : undefined;
}

function ordered(value: DataValue | undefined, operand: DataValue, accept: (order: number) => boolean): boolean {
  const order = compareValues(value, operand);
  return order !== undefined && accept(order);
}

function matchesOperator(value: DataValue | undefined, operator: string, operand: DataValue): boolean {
  switch (operator) {
    case '$eq':
      return operand === null ? isEmpty(value) : sameValue(value, operand);
    case '$ne':
      return operand === null ? !isEmpty(value) : !sameValue(value, operand);
    case '$gt':
      return ordered(value, operand, (order) => order > 0);
    case '$gte':
      return ordered(value, operand, (order) => order >= 0);
    case '$lt':
      return ordered(value, operand, (order) => order < 0);
    case '$lte':
      return ordered(value, operand, (order) => order <= 0);
    case '$in':
    case '$hasSome': {
      const wanted = asList(operator, operand);
      return valuesOf(value).some((item) => wanted.some((candidate) => sameValue(item, candidate)));
    }
    case '$hasAll': {
      const present = valuesOf(value);
      return asList(operator, operand).every((candidate) => present.some((item) => sameValue(item, candidate)));
    }
    case '$exists':
      if (typeof operand !== 'boolean') throw new InvalidFilterError('$exists needs true or false.');
      return operand === (value !== undefined);
    case '$contains':
    case '$startsWith':
    case '$endsWith': {
      const wanted = asText(operator, operand);
      const text = textOf(value);
      if (text === undefined) return false;
      return operator === '$contains' ? text.includes(wanted) : operator === '$startsWith' ? text.startsWith(wanted) : text.endsWith(wanted);
    }
    default:
      throw new InvalidFilterError(`Unsupported filter operator ${operator}.`);
  }
}

function matchesField(item: DataObject, path: string, condition: DataValue): boolean {
  const value = readPath(item, path);
  if (!isPlainObject(condition) || !Object.keys(condition).some((key) => key.startsWith('$'))) {
    return matchesOperator(value, '$eq', condition);
  }
  return Object.entries(condition).every(([operator, operand]) => matchesOperator(value, operator, operand));
}

function subFilters(operator: string, operand: DataValue): Filter[] {
  const list = Array.isArray(operand) ? operand : [operand];
  return list.map((entry) => {
    if (!isPlainObject(entry)) throw new InvalidFilterError(`${operator} needs filter objects.`);
    return entry;
  });
}

/** Whether `item` satisfies `filter`; an empty or missing filter matches everything. */
export function matchesFilter(item: DataObject, filter: DataValue | undefined): boolean {
  if (filter === undefined || filter === null) return true;
  if (!isPlainObject(filter)) throw new InvalidFilterError('A filter must be an object.');
  return Object.entries(filter).every(([key, condition]) => {
    switch (key) {
      case '$and':
        return subFilters(key, condition).every((inner) => matchesFilter(item, inner));
      case '$or':
        return subFilters(key, condition).some((inner) => matchesFilter(item, inner));
      case '$not':
        return !subFilters(key, condition).every((inner) => matchesFilter(item, inner));
      default:
        if (key.startsWith('$')) throw new InvalidFilterError(`Unsupported filter operator ${key}.`);
        return matchesField(item, key, condition);
    }
  });
}

/**
 * Checks every operator of a filter once before it runs, so a malformed filter fails even when no item reaches
 * the bad part (evaluation stops at the first condition that decides).
 */
export function checkFilter(filter: DataValue | undefined): void {
  if (filter === undefined || filter === null) return;
  if (!isPlainObject(filter)) throw new InvalidFilterError('A filter must be an object.');
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' || key === '$or' || key === '$not') {
      subFilters(key, condition).forEach(checkFilter);
    } else if (key.startsWith('$')) {
      throw new InvalidFilterError(`Unsupported filter operator ${key}.`);
    } else if (isPlainObject(condition) && Object.keys(condition).some((operator) => operator.startsWith('$'))) {
      for (const [operator, operand] of Object.entries(condition)) matchesOperator(undefined, operator, operand);
    }
  }
}
