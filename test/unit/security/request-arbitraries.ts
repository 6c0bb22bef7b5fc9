/**
 * Generators of createShareLinks arguments for the property tests: well-formed values, hostile strings
 * and arbitrary JSON, weighted so that a good share of runs gets past validation and reaches Wix.
 */
import fc from 'fast-check';
import { HOSTILE_STRINGS } from './hostile-strings';

const hostile = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_STRINGS));
export const bareId = fc.stringMatching(/^[0-9a-f]{6}_[0-9a-f]{32}(~mv2)?\.(jpg|png|mp3|pdf)$/);
const mediaUrl = fc
  .tuple(fc.constantFrom('image', 'video', 'audio', 'document', 'vector', 'other'), fc.oneof(bareId, hostile), fc.oneof(fc.constant(''), hostile))
  .map(([type, id, name]) => `wix:${type}://v1/${id}/${name}`);
const cleanMediaUrl = (id: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('image', 'video', 'audio', 'document'), id, fc.stringMatching(/^[\w .-]{1,20}$/))
    .map(([type, fileId, name]) => `wix:${type}://v1/${fileId}/${name}`);
/** Mostly well-formed lists (so Wix is reached), often with hostile or odd entries, sometimes not a list at all. */
export function shareLinkFileIds(knownId: fc.Arbitrary<string>, maxLength: number) {
  const wellFormed = fc.oneof(knownId, cleanMediaUrl(knownId));
  return fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    { weight: 3, arbitrary: fc.array(wellFormed, { minLength: 1, maxLength }) },
    { weight: 3, arbitrary: fc.array(fc.oneof(wellFormed, mediaUrl, hostile, fc.anything()), { maxLength: maxLength + 10 }) },
  );
}

const validOptions = fc.record(
  {
    expirationInMinutes: fc.oneof(fc.integer({ min: 1, max: 525_600 }), fc.constantFrom('60', ' 15 ')),
    assetKeys: fc.array(fc.constantFrom('src', '320kbs.mp3', '720p.mp4'), { minLength: 1, maxLength: 4 }),
    contentDisposition: fc.constantFrom('ATTACHMENT', 'INLINE'),
    expirationRedirectUrl: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('mysite.com/store')),
    // Direct links are the ones that reach the Media Manager when they are made.
    kind: fc.constant('DIRECT'),
  },
  { requiredKeys: ['kind'] },
);
const secureOptions = fc.record(
  {
    kind: fc.constant('SECURE'),
    linkBaseUrl: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('https://app.example/functions', 'http://127.0.0.1:4321/functions/') },
      { weight: 1, arbitrary: fc.oneof(fc.webUrl(), hostile) },
    ),
    maxDownloads: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -5, max: 20_000 }) }, { weight: 1, arbitrary: fc.anything() }),
    password: fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 6, maxLength: 130 }) }, { weight: 1, arbitrary: fc.oneof(hostile, fc.anything()) }),
    assetKeys: fc.array(fc.constantFrom('src', '320kbs.mp3', '720p.mp4'), { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: ['linkBaseUrl'] },
);
const mixedOptions = fc.record(
  {
    expirationInMinutes: fc.oneof(fc.integer({ min: -10, max: 600_000 }), fc.double(), fc.string(), fc.anything()),
    assetKeys: fc.oneof(fc.array(fc.oneof(fc.constantFrom('src', '320kbs.mp3'), hostile), { maxLength: 12 }), fc.anything()),
    contentDisposition: fc.oneof(fc.constantFrom('ATTACHMENT', 'INLINE', 'attachment'), fc.anything()),
    downloadFileName: fc.oneof(fc.constantFrom('report.pdf', 'Price list 2026.pdf'), hostile),
    expirationRedirectUrl: fc.oneof(fc.webUrl(), hostile),
    kind: fc.oneof(fc.constantFrom('DIRECT', 'SECURE', 'secure'), fc.anything()),
    maxDownloads: fc.anything(),
    password: fc.anything(),
    linkBaseUrl: fc.oneof(fc.webUrl(), hostile),
    surprise: fc.anything(),
  },
  { requiredKeys: [] },
);
export const shareLinkOptions = fc.oneof(
  // Left out, options make a secure link without linkBaseUrl: always refused now.
  { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
  { weight: 6, arbitrary: validOptions },
  { weight: 2, arbitrary: secureOptions },
  { weight: 2, arbitrary: mixedOptions },
  { weight: 1, arbitrary: fc.anything() },
);
