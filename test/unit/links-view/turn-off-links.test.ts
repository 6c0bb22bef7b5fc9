import { describe, expect, it } from 'vitest';
import type { ShareLinkChangeResponse, ShareLinkRecord } from '../../../src/common/link-history';
import { turnOffLinks } from '../../../src/dashboard/links-view/turn-off-links';
import pLimit from 'p-limit';

const record = (linkId: string): ShareLinkRecord => ({
  linkId,
  kind: 'SECURE',
  fileId: `file-${linkId}`,
  fileName: `${linkId}.pdf`,
  mediaType: 'document',
  createdAt: '2026-12-01T12:00:00.000Z',
  expiresAt: '2026-12-09T12:00:00.000Z',
  status: 'ACTIVE',
  links: [],
  downloads: 0,
});

describe('turnOffLinks', () => {
  it('keeps every link turned off when others fail or get no answer, with each failure and its reason', async () => {
    const links = ['a', 'b', 'c', 'd'].map(record);
    const revoke = async (linkId: string): Promise<ShareLinkChangeResponse> => {
      if (linkId === 'b') return { ok: false, error: { code: 'RATE_LIMITED', message: '' } };
      if (linkId === 'c') throw new Error('offline');
      return { ok: true, link: { ...record(linkId), status: 'REVOKED' } };
    };
    const outcome = await turnOffLinks(pLimit, links, revoke);
    expect(outcome.turnedOff.map((l) => [l.linkId, l.status])).toEqual([
      ['a', 'REVOKED'],
      ['d', 'REVOKED'],
    ]);
    expect(outcome.failed.map((f) => [f.link.linkId, f.code])).toEqual([
      ['b', 'RATE_LIMITED'],
      ['c', 'UNREACHABLE'],
    ]);
  });

  it('never has more calls in flight than its bound, and reports each answer as it comes', async () => {
    let inFlight = 0;
    let most = 0;
    const answered: number[] = [];
    const revoke = async (linkId: string): Promise<ShareLinkChangeResponse> => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return { ok: true, link: { ...record(linkId), status: 'REVOKED' } };
    };
    const links = Array.from({ length: 10 }, (_, i) => record(`l${i}`));
    const outcome = await turnOffLinks(pLimit, links, revoke, (n) => answered.push(n), 3);
    expect(most).toBe(3);
    expect(answered).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(outcome.turnedOff).toHaveLength(10);
  });
});
