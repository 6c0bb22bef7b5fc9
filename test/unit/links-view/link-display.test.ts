import { describe, expect, it } from 'vitest';
import { canChange, displayStatus, downloadFigures } from '../../../src/dashboard/links-view/link-display';

const now = new Date('2026-12-02T12:00:00Z');
const at = (iso: string) => ({ expiresAt: iso });

describe('displayStatus', () => {
  it('says "Expires soon" for an active link with under a day left, and Active with a day or more', () => {
    expect(displayStatus({ status: 'ACTIVE', ...at('2026-12-03T11:59:00Z') }, now)).toBe('EXPIRES_SOON');
    expect(displayStatus({ status: 'ACTIVE', ...at('2026-12-03T12:00:00Z') }, now)).toBe('ACTIVE');
  });

  it('shows Expired for a link whose moment passed after the backend read it as Active', () => {
    expect(displayStatus({ status: 'ACTIVE', ...at('2026-12-02T12:00:00Z') }, now)).toBe('EXPIRED');
  });

  it('keeps what the backend derived for every other status, however near the expiry', () => {
    for (const status of ['EXPIRED', 'REVOKED', 'USED_UP'] as const) {
      expect(displayStatus({ status, ...at('2026-12-02T13:00:00Z') }, now)).toBe(status);
    }
  });
});

describe('downloadFigures', () => {
  it('gives a secure link its count and limit, an unlimited one only its count, and a direct link nothing', () => {
    expect(downloadFigures({ downloads: 3, maxDownloads: 5 })).toEqual({ count: 3, max: 5 });
    expect(downloadFigures({ downloads: 2 })).toEqual({ count: 2 });
    expect(downloadFigures({})).toBeUndefined();
  });
});

describe('canChange', () => {
  it('lets a secure link that is not off be changed or turned off, never a direct link or one already off', () => {
    expect(canChange({ kind: 'SECURE', status: 'ACTIVE' })).toBe(true);
    expect(canChange({ kind: 'SECURE', status: 'EXPIRED' })).toBe(true);
    expect(canChange({ kind: 'SECURE', status: 'REVOKED' })).toBe(false);
    expect(canChange({ kind: 'DIRECT', status: 'ACTIVE' })).toBe(false);
  });
});
