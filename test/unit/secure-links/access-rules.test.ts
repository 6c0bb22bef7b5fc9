import { describe, expect, it } from 'vitest';
import { decideAccess, type AccessInput } from '../../../src/backend/secure-links/access-rules';
import { aRecord, NOW } from './record-fixture';

const view = { kind: 'VIEW' } as const;
const download = (fields: { password?: string; assetKey?: string } = {}) => ({ kind: 'DOWNLOAD', ...fields }) as const;
const decide = (input: Partial<AccessInput>) => decideAccess({ record: aRecord(), request: view, now: NOW, ...input });
const past = new Date('2026-04-01T00:00:00Z');

describe('decideAccess', () => {
  it('does not know missing records or direct links', () => {
    expect(decide({ record: undefined }).kind).toBe('NOT_FOUND');
    expect(decide({ record: aRecord({ kind: 'DIRECT' }) }).kind).toBe('NOT_FOUND');
  });

  it('ends revoked, expired and used-up links the same way for viewing and downloading', () => {
    for (const request of [view, download()]) {
      expect(decide({ request, record: aRecord({ revokedAt: past, expiresAt: past }) })).toEqual({ kind: 'REVOKED' });
      expect(decide({ request, record: aRecord({ expiresAt: past }) })).toEqual({ kind: 'EXPIRED', redirectUrl: undefined });
      expect(decide({ request, record: aRecord({ expiresAt: past, expirationRedirectUrl: 'https://shop.test/' }) })).toEqual({
        kind: 'EXPIRED',
        redirectUrl: 'https://shop.test/',
      });
      expect(decide({ request, record: aRecord({ maxDownloads: 2, downloads: 2 }) })).toEqual({ kind: 'USED_UP' });
    }
  });

  it('shows the page of an active link, with the wait when guesses are throttled', () => {
    expect(decide({})).toMatchObject({ kind: 'PAGE', waitSeconds: 0 });
    const throttled = aRecord({ passwordHash: 'h', failedPasswordAttempts: 5, lastFailedPasswordAt: new Date(NOW.getTime() - 5_000) });
    expect(decide({ record: throttled })).toMatchObject({ kind: 'PAGE', waitSeconds: 10 });
  });

  it('counts one download of the chosen asset with a condition that repeats every check', () => {
    const record = aRecord({ assetKeys: ['src', '720p.mp4'], maxDownloads: 5, downloads: 4 });
    expect(decide({ record, request: download({ assetKey: '720p.mp4' }) })).toEqual({
      kind: 'DOWNLOAD',
      record,
      assetKey: '720p.mp4',
      count: {
        increment: { field: 'downloads', by: 1 },
        set: { field: 'lastDownloadAt', value: NOW },
        condition: { revokedAtEmpty: true, expiresAtAfter: NOW, downloadsBelow: 5 },
      },
    });
  });

  it('sets no download condition for an unlimited link', () => {
    const decision = decide({ request: download() });
    expect(decision.kind === 'DOWNLOAD' && decision.count.condition).toEqual({ revokedAtEmpty: true, expiresAtAfter: NOW });
  });

  it('needs an asset choice only when the link has several', () => {
    expect(decide({ request: download() })).toMatchObject({ kind: 'DOWNLOAD', assetKey: 'src' });
    expect(decide({ request: download({ assetKey: 'other' }) }).kind).toBe('UNKNOWN_ASSET');
    expect(decide({ record: aRecord({ assetKeys: ['src', '720p.mp4'] }), request: download() }).kind).toBe('UNKNOWN_ASSET');
  });

  describe('with a password', () => {
    const record = aRecord({ passwordHash: 'pbkdf2-sha256$100000$salt$hash', failedPasswordAttempts: 2, lastFailedPasswordAt: past });

    it('asks for it, then for its verification, then downloads on a match', () => {
      expect(decide({ record, request: download() }).kind).toBe('PASSWORD_REQUIRED');
      expect(decide({ record, request: download({ password: '' }) }).kind).toBe('PASSWORD_REQUIRED');
      expect(decide({ record, request: download({ password: 'guess!' }) })).toEqual({
        kind: 'VERIFY_PASSWORD',
        passwordHash: record.passwordHash,
        password: 'guess!',
      });
      expect(decide({ record, request: download({ password: 'guess!' }), passwordVerdict: 'MATCH' }).kind).toBe('DOWNLOAD');
    });

    it('records a wrong guess and says how long the next one waits', () => {
      expect(decide({ record, request: download({ password: 'guess!' }), passwordVerdict: 'MISMATCH' })).toEqual({
        kind: 'WRONG_PASSWORD',
        record,
        update: { increment: { field: 'failedPasswordAttempts', by: 1 }, set: { field: 'lastFailedPasswordAt', value: NOW } },
        waitSeconds: 0,
      });
      const fifth = decide({ record: { ...record, failedPasswordAttempts: 4 }, request: download({ password: 'x' }), passwordVerdict: 'MISMATCH' });
      expect(fifth).toMatchObject({ kind: 'WRONG_PASSWORD', waitSeconds: 15 });
    });

    it('refuses to check any guess while throttled, even the right one', () => {
      const throttled = { ...record, failedPasswordAttempts: 9, lastFailedPasswordAt: new Date(NOW.getTime() - 40_000) };
      expect(decide({ record: throttled, request: download({ password: 'right one' }), passwordVerdict: 'MATCH' })).toMatchObject({
        kind: 'THROTTLED',
        waitSeconds: 200,
      });
    });

    it('still says turned off or used up before anything about the password', () => {
      expect(decide({ record: { ...record, revokedAt: past }, request: download() }).kind).toBe('REVOKED');
      expect(decide({ record: { ...record, maxDownloads: 1, downloads: 1 }, request: download() }).kind).toBe('USED_UP');
    });
  });
});
