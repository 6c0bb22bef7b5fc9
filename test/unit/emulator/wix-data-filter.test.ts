/** The emulator's Wix Data filter evaluator on its own: each operator, combinations, and refusals. */
import { describe, expect, it } from 'vitest';
import { checkFilter, InvalidFilterError, matchesFilter } from '../../../local/wix-emulator/data/filter';
import type { DataObject } from '../../../local/wix-emulator/data/wire-values';

const at = (iso: string) => new Date(iso);
const item: DataObject = {
  kind: 'SECURE',
  label: 'Client Review',
  downloads: 3,
  createdAt: at('2026-01-10T00:00:00.000Z'),
  assetKeys: ['src', '720p.mp4'],
  revokedAt: null,
  nested: { city: 'Tel Aviv' },
};

describe('matchesFilter', () => {
  it.each([
    [{}, true],
    [{ kind: 'SECURE' }, true],
    [{ kind: 'secure' }, false],
    [{ kind: { $ne: 'DIRECT' } }, true],
    [{ downloads: { $gt: 3 } }, false],
    [{ downloads: { $gte: 3 } }, true],
    [{ downloads: { $lt: 4, $gt: 2 } }, true],
    [{ downloads: { $lte: 2 } }, false],
    [{ downloads: { $gt: '2' } }, false],
    [{ createdAt: { $gte: at('2026-01-10T00:00:00.000Z') } }, true],
    [{ createdAt: { $lt: at('2026-01-10T00:00:00.000Z') } }, false],
    [{ createdAt: at('2026-01-10T00:00:00.000Z') }, true],
    [{ assetKeys: { $hasSome: ['720p.mp4', 'x'] } }, true],
    [{ assetKeys: { $hasAll: ['src', 'x'] } }, false],
    [{ kind: { $in: ['DIRECT', 'SECURE'] } }, true],
    [{ revokedAt: null }, true],
    [{ missing: null }, true],
    [{ label: null }, false],
    [{ label: { $ne: null } }, true],
    [{ missing: { $exists: false } }, true],
    [{ label: { $contains: 'REVIEW' } }, true],
    [{ label: { $startsWith: 'client' } }, true],
    [{ label: { $endsWith: 'view' } }, true],
    [{ downloads: { $contains: '3' } }, false],
    [{ 'nested.city': 'Tel Aviv' }, true],
    [{ $and: [{ kind: 'SECURE' }, { downloads: 3 }] }, true],
    [{ $or: [{ kind: 'DIRECT' }, { downloads: 3 }] }, true],
    [{ $or: [{ kind: 'DIRECT' }, { downloads: 4 }] }, false],
    [{ $not: [{ kind: 'DIRECT' }] }, true],
    [{ kind: 'SECURE', downloads: 4 }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(item, filter as DataObject)).toBe(expected);
  });
});

describe('checkFilter', () => {
  it.each([
    [{ label: { $regex: '.*' } }],
    [{ $where: 'true' }],
    [{ $or: [{ kind: 'DIRECT' }, { label: { $matchesPattern: 'x' } }] }],
    [{ assetKeys: { $hasSome: 'src' } }],
    [{ label: { $contains: 3 } }],
    [{ label: { $exists: 'yes' } }],
    [[{ kind: 'DIRECT' }]],
  ])('refuses %j even when nothing would reach it', (filter) => {
    expect(() => checkFilter(filter as unknown as DataObject)).toThrow(InvalidFilterError);
  });

  it('accepts the filters the query builder writes', () => {
    expect(() => checkFilter({ $and: [{ kind: 'DIRECT' }, { revokedAt: null }, { label: { $startsWith: 'a' } }] })).not.toThrow();
  });
});
