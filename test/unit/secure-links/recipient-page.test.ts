import { describe, expect, it } from 'vitest';
import { recipientCatalogs } from '../../../src/backend/secure-links/recipient-messages';
import { renderRecipientPage, type FileView } from '../../../src/backend/secure-links/recipient-page';
import { NOW } from './record-fixture';

const context = { language: { catalog: 'en', locale: 'en-GB' } as const, nonce: 'bm9uY2U=' };
const hostile = `"><img src=x onerror=alert(1)><script>alert(2)</script>'.pdf`;

const fileView = (fields: Partial<FileView> = {}): FileView => ({
  kind: 'FILE',
  file: { name: 'report.pdf', mediaType: 'DOCUMENT', sizeInBytes: 1_250_000 },
  expiresAt: new Date('2026-05-08T15:30:00Z'),
  now: NOW,
  assetKeys: ['src'],
  contentDisposition: 'ATTACHMENT',
  ...fields,
});

describe('renderRecipientPage', () => {
  it('shows the name, type, size and the expiry in UTC, named, with a relative time', () => {
    const page = renderRecipientPage(fileView(), context);
    expect(page).toContain('<dd>report.pdf</dd>');
    expect(page).toContain('Document (PDF)');
    expect(page).toContain('1.3 MB');
    expect(page).toContain('<time datetime="2026-05-08T15:30:00.000Z" data-local="en-GB">Fri, 8 May 2026, 15:30 UTC</time>');
    expect(page).toContain('in 7 days');
  });

  it('rewrites the expiry into the browser’s own zone with a nonce’d script that names the zone', () => {
    const page = renderRecipientPage(fileView(), context);
    expect(page).toContain(`<script nonce="${context.nonce}">`);
    expect(page).toContain('resolvedOptions().timeZone');
    expect(page).toContain(`<style nonce="${context.nonce}">`);
  });

  it('escapes a hostile file name and asset key everywhere', () => {
    const page = renderRecipientPage(fileView({ file: { name: hostile, mediaType: 'DOCUMENT' }, assetKeys: ['src', hostile] }), context);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>alert');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('&#34;&#62;&#60;img src=x onerror=alert(1)&#62;');
  });

  it('offers one button per asset: Download, or Open for links that open in the browser', () => {
    const several = renderRecipientPage(fileView({ assetKeys: ['src', '720p.mp4'] }), context);
    expect(several).toContain('<button type="submit" name="asset" value="src">Download the original</button>');
    expect(several).toContain('<button type="submit" name="asset" value="720p.mp4">Download 720p.mp4</button>');
    const inline = renderRecipientPage(fileView({ contentDisposition: 'INLINE' }), context);
    expect(inline).toContain('>Open</button>');
    expect(inline).toContain(recipientCatalogs.en.openNote);
  });

  it('shows downloads left in the locale’s numbers', () => {
    expect(renderRecipientPage(fileView({ downloads: { left: 1200, max: 5000 } }), { ...context, language: { catalog: 'de', locale: 'de-DE' } })).toContain('Noch 1.200 von 5.000 Downloads übrig.');
  });

  it('asks for the password with the reason and the wait, without the file’s details', () => {
    const page = renderRecipientPage(fileView({ file: undefined, password: { problem: 'WRONG', waitSeconds: 0 } }), context);
    expect(page).toContain(recipientCatalogs.en.protectedHeading);
    expect(page).toContain(recipientCatalogs.en.passwordWrong);
    expect(page).toContain('<label for="password">Password</label>');
    expect(page).not.toContain('<dl>');
    const waiting = renderRecipientPage(fileView({ file: undefined, password: { waitSeconds: 150 } }), context);
    expect(waiting).toContain('You can try again in 3 minutes.');
  });

  it.each([
    ['NOT_FOUND', recipientCatalogs.en.notFoundBody],
    ['EXPIRED', recipientCatalogs.en.expiredBody],
    ['REVOKED', 'This link was turned off by the person who shared it.'],
    ['USED_UP', recipientCatalogs.en.usedUpBody],
    ['UNAVAILABLE', recipientCatalogs.en.unavailableBody],
    ['BAD_REQUEST', recipientCatalogs.en.badRequestBody],
  ] as const)('says what to do next on the %s page, without any script', (kind, body) => {
    const page = renderRecipientPage({ kind }, context);
    expect(page).toContain(body);
    expect(page).not.toContain('<script');
    expect(page).toMatch(/ask (them|the person)|check|try again|open the link/i);
  });

  it('stays under 15 kB with the largest content it can have', () => {
    const largest = fileView({
      file: { name: 'x'.repeat(500), mediaType: 'VIDEO', sizeInBytes: 9_000_000_000 },
      assetKeys: Array.from({ length: 10 }, (_, i) => `${'k'.repeat(90)}${i}`),
      downloads: { left: 9999, max: 10000 },
      notice: 'CHOOSE_ASSET',
    });
    expect(new TextEncoder().encode(renderRecipientPage(largest, context)).length).toBeLessThan(15_000);
    expect(new TextEncoder().encode(renderRecipientPage(fileView(), context)).length).toBeLessThan(6_000);
  });

  it('has a viewport for phones and English as the page language', () => {
    const page = renderRecipientPage(fileView(), context);
    expect(page).toContain('<meta name="viewport" content="width=device-width,initial-scale=1">');
    expect(page).toContain('<html lang="en">');
  });
});

describe('renderRecipientPage in the recipient’s language', () => {
  const views = [
    fileView({ assetKeys: ['src', '720p.mp4'], downloads: { left: 2, max: 5 }, notice: 'CHOOSE_ASSET' }),
    fileView({ contentDisposition: 'INLINE' }),
    fileView({ file: undefined, password: { problem: 'WRONG', waitSeconds: 0 } }),
    fileView({ file: undefined, password: { waitSeconds: 150 } }),
    ...(['NOT_FOUND', 'EXPIRED', 'REVOKED', 'USED_UP', 'UNAVAILABLE', 'BAD_REQUEST'] as const).map((kind) => ({ kind })),
  ];
  const languages = Object.keys(recipientCatalogs).filter((language) => language !== 'en') as (keyof typeof recipientCatalogs)[];

  it.each(languages)('%s: every view in that language alone, every placeholder filled', (catalog) => {
    // Whole English sentences (up to their first placeholder), long enough not to be a shared word such as "Download".
    const english = Object.entries(recipientCatalogs.en)
      .filter(([key, text]) => text !== recipientCatalogs[catalog][key as 'download'])
      .map(([key, text]) => [key, text.split('{')[0]!.trim()] as const)
      .filter(([, start]) => start.length > 12);
    for (const view of views) {
      const page = renderRecipientPage(view, { ...context, language: { catalog, locale: catalog } });
      expect(page).toContain(`<html lang="${catalog}">`);
      expect(page).not.toMatch(/\{[a-z]+\}/i);
      for (const [key, start] of english) expect(page, `${catalog}: English "${key}"`).not.toContain(start);
    }
  });

  it('writes dates, sizes, counts and waits in the recipient’s locale', () => {
    const page = renderRecipientPage(fileView({ downloads: { left: 2, max: 5 } }), { ...context, language: { catalog: 'ja', locale: 'ja-JP' } });
    expect(page).toContain('2026年5月8日(金) 15:30 UTC');
    expect(page).toContain('7 日後');
    expect(page).toContain('残りダウンロード回数：2 / 5 回');
    const waiting = renderRecipientPage(fileView({ file: undefined, password: { waitSeconds: 150 } }), { ...context, language: { catalog: 'pl', locale: 'pl-PL' } });
    expect(waiting).toContain('Możesz spróbować ponownie za 3 minuty.');
  });
});
