/**
 * Wix Data's JSON has one extension: a date travels as `{"$date": "<ISO 8601>"}` both ways. Stored items hold
 * real Date objects, so filters and sorts compare instants, and replies turn them back into `$date`.
 */
export type DataValue = null | boolean | number | string | Date | DataValue[] | { [key: string]: DataValue };
export type DataObject = { [key: string]: DataValue };

function isDateEnvelope(value: object): value is { $date: string } {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '$date' && typeof (value as { $date: unknown }).$date === 'string';
}

/** JSON from a request → stored values; a `$date` that is not a date is kept as sent, as a schemaless store would. */
export function fromWire(value: unknown): DataValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(fromWire);
  if (typeof value === 'object') {
    if (isDateEnvelope(value)) {
      const date = new Date(value.$date);
      return Number.isNaN(date.getTime()) ? value.$date : date;
    }
    const result: DataObject = {};
    for (const [key, inner] of Object.entries(value)) result[key] = fromWire(inner);
    return result;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  return null;
}

export function toWire(value: DataValue): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) result[key] = toWire(inner);
    return result;
  }
  return value;
}

/** A dotted field path (`address.city`) read from an item; undefined when any step is missing. */
export function readPath(item: DataObject, path: string): DataValue | undefined {
  let current: DataValue | undefined = item;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object' || current instanceof Date || Array.isArray(current)) return undefined;
    current = current[step];
  }
  return current;
}

export function writePath(item: DataObject, path: string, value: DataValue | undefined): void {
  const steps = path.split('.');
  let current: DataObject = item;
  for (const step of steps.slice(0, -1)) {
    const next = current[step];
    if (next === null || typeof next !== 'object' || next instanceof Date || Array.isArray(next)) {
      if (value === undefined) return;
      current[step] = {};
    }
    current = current[step] as DataObject;
  }
  const last = steps[steps.length - 1]!;
  if (value === undefined) delete current[last];
  else current[last] = value;
}

export function cloneValue<T extends DataValue>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  if (value !== null && typeof value === 'object') {
    const result: DataObject = {};
    for (const [key, inner] of Object.entries(value)) result[key] = cloneValue(inner);
    return result as T;
  }
  return value;
}
