/**
 * The items of every loaded collection, kept apart per site instance. Each operation runs start to finish
 * without yielding (no await), so a conditional write checks and changes the item in one step: concurrent
 * requests are applied one after another, never interleaved, which is what makes `condition` atomic here.
 */
import { randomUUID } from 'node:crypto';
import type { WixHttpError } from '../errors';
import { conditionNotMet, invalidRequest, itemAlreadyExists, itemNotFound, unknownCollection } from './data-errors';
import { matchesFilter, sameValue } from './filter';
import { cloneValue, readPath, writePath, type DataObject, type DataValue } from './wire-values';

export type FieldModification =
  | { action: 'SET_FIELD'; fieldPath: string; value: DataValue }
  | { action: 'INCREMENT_FIELD'; fieldPath: string; value: number }
  | { action: 'REMOVE_FIELD'; fieldPath: string }
  | { action: 'APPEND_TO_ARRAY'; fieldPath: string; value: DataValue }
  | { action: 'REMOVE_FROM_ARRAY'; fieldPath: string; value: DataValue };

export type Scope = { instanceId: string; collectionId: string };
export type BulkOutcome = { ok: true; item: DataObject } | { ok: false; error: WixHttpError };

const SYSTEM_FIELDS = new Set(['_id', '_createdDate', '_updatedDate', '_owner']);

export class DataStore {
  private readonly sites = new Map<string, Map<string, Map<string, DataObject>>>();

  constructor(
    private readonly collectionIds: readonly string[],
    private readonly now: () => number,
  ) {}

  ids(): string[] {
    return [...this.collectionIds];
  }

  /** Fails with WDE0025 before anything else when the collection is not one the app declared. */
  requireCollection(collectionId: string): void {
    if (!this.collectionIds.includes(collectionId)) throw unknownCollection(collectionId);
  }

  insert(scope: Scope, data: DataObject, owner: string): DataObject {
    const items = this.items(scope);
    const id = typeof data._id === 'string' && data._id !== '' ? data._id : randomUUID();
    if (items.has(id)) throw itemAlreadyExists(scope.collectionId, id);
    const now = new Date(this.now());
    const stored: DataObject = { ...cloneValue(data), _id: id, _createdDate: now, _updatedDate: new Date(now), _owner: owner };
    items.set(id, stored);
    return cloneValue(stored);
  }

  bulkInsert(scope: Scope, items: DataObject[], owner: string): BulkOutcome[] {
    return items.map((data) => {
      try {
        return { ok: true, item: this.insert(scope, data, owner) };
      } catch (error) {
        return { ok: false, error: error as WixHttpError };
      }
    });
  }

  get(scope: Scope, id: string): DataObject {
    return cloneValue(this.existing(scope, id));
  }

  /** Full replace: every field but the system ones comes from `data`. */
  update(scope: Scope, data: DataObject, condition?: DataValue): DataObject {
    const id = String(data._id);
    const current = this.matching(scope, id, condition);
    const next: DataObject = {
      ...cloneValue(data),
      _id: id,
      _createdDate: current._createdDate ?? null,
      _owner: current._owner ?? null,
      _updatedDate: new Date(this.now()),
    };
    this.items(scope).set(id, next);
    return cloneValue(next);
  }

  patch(scope: Scope, id: string, modifications: FieldModification[], condition?: DataValue): DataObject {
    const next = cloneValue(this.matching(scope, id, condition));
    for (const modification of modifications) applyModification(next, modification);
    next._updatedDate = new Date(this.now());
    this.items(scope).set(id, next);
    return cloneValue(next);
  }

  remove(scope: Scope, id: string, condition?: DataValue): DataObject {
    const current = this.matching(scope, id, condition);
    this.items(scope).delete(id);
    return current;
  }

  /** The matching items in insertion order (the order of `_createdDate`). */
  find(scope: Scope, filter: DataValue | undefined): DataObject[] {
    const matches: DataObject[] = [];
    for (const item of this.items(scope).values()) if (matchesFilter(item, filter)) matches.push(item);
    return matches;
  }

  clear(): void {
    this.sites.clear();
  }

  private items(scope: Scope): Map<string, DataObject> {
    this.requireCollection(scope.collectionId);
    let site = this.sites.get(scope.instanceId);
    if (!site) {
      site = new Map();
      this.sites.set(scope.instanceId, site);
    }
    let items = site.get(scope.collectionId);
    if (!items) {
      items = new Map();
      site.set(scope.collectionId, items);
    }
    return items;
  }

  private existing(scope: Scope, id: string): DataObject {
    const item = this.items(scope).get(id);
    if (!item) throw itemNotFound(scope.collectionId, id);
    return item;
  }

  private matching(scope: Scope, id: string, condition: DataValue | undefined): DataObject {
    const item = this.existing(scope, id);
    if (condition !== undefined && !matchesFilter(item, condition)) throw conditionNotMet(scope.collectionId, id);
    return item;
  }
}

function applyModification(item: DataObject, modification: FieldModification): void {
  const { fieldPath } = modification;
  if (SYSTEM_FIELDS.has(fieldPath)) throw invalidRequest(`The system field ${fieldPath} cannot be patched.`);
  const current = readPath(item, fieldPath);
  switch (modification.action) {
    case 'SET_FIELD':
      return writePath(item, fieldPath, cloneValue(modification.value));
    case 'REMOVE_FIELD':
      return writePath(item, fieldPath, undefined);
    case 'INCREMENT_FIELD': {
      if (current !== undefined && current !== null && typeof current !== 'number') {
        throw invalidRequest(`Field ${fieldPath} is not a number and cannot be incremented.`);
      }
      return writePath(item, fieldPath, (current ?? 0) + modification.value);
    }
    case 'APPEND_TO_ARRAY':
    case 'REMOVE_FROM_ARRAY': {
      if (current !== undefined && current !== null && !Array.isArray(current)) {
        throw invalidRequest(`Field ${fieldPath} is not an array.`);
      }
      const list = current ?? [];
      const value = modification.value;
      const next =
        modification.action === 'APPEND_TO_ARRAY'
          ? [...list, cloneValue(value)]
          : list.filter((entry) => !sameValue(entry, value));
      return writePath(item, fieldPath, next);
    }
  }
}
