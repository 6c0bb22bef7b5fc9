import { describe, expect, it } from 'vitest';
import { linkStatus, type StatusFields } from '../../../src/backend/link-history/status';

const now = new Date('2026-05-01T12:00:00Z');
const later = new Date('2026-05-08T12:00:00Z');
const earlier = new Date('2026-04-01T12:00:00Z');

const given = (fields: Partial<StatusFields> = {}): StatusFields => ({ expiresAt: later, downloads: 0, ...fields });

describe('linkStatus', () => {
  it('is ACTIVE before expiry, with no limit or with downloads left', () => {
    expect(linkStatus(given(), now)).toBe('ACTIVE');
    expect(linkStatus(given({ maxDownloads: 5, downloads: 4 }), now)).toBe('ACTIVE');
  });

  it('is EXPIRED from the expiry instant on', () => {
    expect(linkStatus(given({ expiresAt: new Date(now.getTime() + 1) }), now)).toBe('ACTIVE');
    expect(linkStatus(given({ expiresAt: now }), now)).toBe('EXPIRED');
    expect(linkStatus(given({ expiresAt: earlier }), now)).toBe('EXPIRED');
  });

  it('is USED_UP once downloads reach the limit', () => {
    expect(linkStatus(given({ maxDownloads: 5, downloads: 5 }), now)).toBe('USED_UP');
    expect(linkStatus(given({ maxDownloads: 1, downloads: 3 }), now)).toBe('USED_UP');
  });

  it('is REVOKED whenever the owner turned it off, even if also expired and used up', () => {
    expect(linkStatus(given({ revokedAt: earlier }), now)).toBe('REVOKED');
    expect(linkStatus(given({ revokedAt: earlier, expiresAt: earlier, maxDownloads: 1, downloads: 1 }), now)).toBe('REVOKED');
  });

  it('calls a link that is both expired and used up EXPIRED', () => {
    expect(linkStatus(given({ expiresAt: earlier, maxDownloads: 1, downloads: 1 }), now)).toBe('EXPIRED');
  });
});
