import { describe, expect, it } from 'vitest';
import { decideAccess, type DownloadCount } from '../../../src/backend/secure-links/access-rules';
import { countConditionFilter, isConditionNotMet, recordOf } from '../../../src/backend/secure-links/count-condition';
import { aRecord, NOW } from './record-fixture';

const count = (downloadsBelow?: number): DownloadCount => ({
  increment: { field: 'downloads', by: 1 },
  set: { field: 'lastDownloadAt', value: NOW },
  condition: { revokedAtEmpty: true, expiresAtAfter: NOW, ...(downloadsBelow === undefined ? {} : { downloadsBelow }) },
});

describe('countConditionFilter', () => {
  it('repeats the revocation and expiry checks, and the limit when there is one, in the query builder\'s shapes', () => {
    expect(countConditionFilter(count(5))).toEqual({ revokedAt: null, expiresAt: { $gt: NOW }, downloads: { $lt: 5 } });
    expect(countConditionFilter(count())).toEqual({ revokedAt: null, expiresAt: { $gt: NOW } });
  });

  it('is the condition the access rules ask for on a download', () => {
    const decision = decideAccess({ record: aRecord({ maxDownloads: 2, downloads: 1 }), request: { kind: 'DOWNLOAD' }, now: NOW });
    if (decision.kind !== 'DOWNLOAD') throw new Error(decision.kind);
    expect(countConditionFilter(decision.count)).toEqual({ revokedAt: null, expiresAt: { $gt: NOW }, downloads: { $lt: 2 } });
  });
});

describe('isConditionNotMet', () => {
  const wixDataError = (applicationError: unknown) => Object.assign(new Error('x'), { details: { applicationError } });

  it('reads a missing item (WDE0073) and an unmet condition as "not counted"', () => {
    expect(isConditionNotMet(wixDataError({ code: 'WDE0073' }))).toBe(true);
    expect(isConditionNotMet(wixDataError({ code: 'WDE0xxx', data: { conditionNotMet: true } }))).toBe(true);
  });

  it('leaves every other failure to be reported as one', () => {
    for (const thrown of [wixDataError({ code: 'WDE0014' }), new Error('network'), null, 'WDE0073', { details: null }, wixDataError({ data: { conditionNotMet: 'yes' } })]) {
      expect(isConditionNotMet(thrown)).toBe(false);
    }
  });
});

describe('recordOf', () => {
  it('drops fields Wix Data handed back as null, so a cleared limit or revocation reads as absent', () => {
    const record = recordOf({ ...aRecord(), maxDownloads: null, revokedAt: null, label: 'Anna' });
    expect(record).not.toHaveProperty('maxDownloads');
    expect(record).not.toHaveProperty('revokedAt');
    expect(record?.label).toBe('Anna');
  });

  it('reads anything that is not an item as no record', () => {
    for (const item of [null, undefined, 7, 'x']) expect(recordOf(item)).toBeUndefined();
  });
});
