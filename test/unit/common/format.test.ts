import { describe, expect, it } from 'vitest';
import { formatDate, formatSize } from '../../../src/common/format';
import { formatMoment, formatRelative } from '../../../src/common/moments';
import { formatsFor } from '../../../src/dashboard/link-panel/asset-formats';

const now = new Date('2026-03-27T12:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('formatSize', () => {
  it('reads the string sizes the SDK returns and uses the locale', () => {
    expect(formatSize('512', 'en-US')).toBe('512 bytes');
    expect(formatSize('2500000', 'en-US')).toBe('2.5 MB');
    expect(formatSize('2500000', 'de-DE')).toBe('2,5 MB');
    expect(formatSize('-1', 'en-US')).toBe('');
    expect(formatSize(undefined, 'en-US')).toBe('');
  });
});

describe('formatMoment and formatDate', () => {
  it('names the zone and shows the wall time in it', () => {
    const text = formatMoment(new Date('2026-07-01T15:00:00Z'), 'en-GB', 'Europe/Berlin');
    expect(text).toContain('17:00');
    expect(text).toContain('CEST');
    expect(text).toContain('(Europe/Berlin)');
    expect(formatDate(new Date('2026-11-02T03:00:00Z'), 'en-US', 'America/New_York')).toBe('Nov 1, 2026');
  });

  it('names UTC once, whichever alias the browser reports', () => {
    const at = new Date('2026-01-10T20:10:00Z');
    for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT']) {
      const text = formatMoment(at, 'en-US', zone);
      expect(text).toMatch(/08:10\sPM UTC$/);
      expect(text.match(/UTC/g)).toHaveLength(1);
    }
    expect(formatMoment(at, 'en-GB', 'Europe/London')).toMatch(/20:10 GMT \(Europe\/London\)$/);
  });
});

describe('formatRelative', () => {
  it('uses the natural unit', () => {
    expect(formatRelative(later(60), now, 'en')).toBe('in 60 minutes');
    expect(formatRelative(later(180), now, 'en')).toBe('in 3 hours');
    expect(formatRelative(later(1440), now, 'en')).toBe('in 1 day');
    expect(formatRelative(later(7 * 1440), now, 'en')).toBe('in 7 days');
    expect(formatRelative(later(30 * 1440), now, 'en')).toBe('in 30 days');
    expect(formatRelative(later(525600), now, 'en')).toBe('in 1 year');
  });
});

describe('formatsFor', () => {
  it('offers renditions for audio and video only when all selected files share that type', () => {
    expect(formatsFor(['AUDIO'])).toEqual(['src', '320kbs.mp3', '128kbs.mp3']);
    expect(formatsFor(['VIDEO', 'VIDEO'])).toContain('720p.mp4');
    expect(formatsFor(['AUDIO', 'VIDEO'])).toEqual(['src']);
    expect(formatsFor(['IMAGE'])).toEqual(['src']);
  });
});
