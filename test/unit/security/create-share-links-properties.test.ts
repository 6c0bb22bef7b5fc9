/**
 * Property tests of createShareLinks' inputs (issue 6, security suite): for any JSON a caller can
 * send, it never throws, never passes Wix an argument outside the contract, and always answers in
 * one of the documented shapes, whatever Wix answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { ANSWERS, recordingWix } from './recording-wix';
import { documentedResponse } from './wix-arguments';
import { HOSTILE_STRINGS } from './hostile-strings';

const RUNS = 1_000;

const hostile = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom(...HOSTILE_STRINGS));
const bareId = fc.stringMatching(/^[0-9a-f]{6}_[0-9a-f]{32}(~mv2)?\.(jpg|png|mp3|pdf)$/);
const mediaUrl = fc
  .tuple(fc.constantFrom('image', 'video', 'audio', 'document', 'vector', 'other'), fc.oneof(bareId, hostile), fc.oneof(fc.constant(''), hostile))
  .map(([type, id, name]) => `wix:${type}://v1/${id}/${name}`);
const cleanMediaUrl = fc
  .tuple(fc.constantFrom('image', 'video', 'audio', 'document'), bareId, fc.stringMatching(/^[\w .-]{1,20}$/))
  .map(([type, id, name]) => `wix:${type}://v1/${id}/${name}`);
const fileIds = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  { weight: 3, arbitrary: fc.array(fc.oneof(bareId, cleanMediaUrl), { minLength: 1, maxLength: 100 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(bareId, mediaUrl, hostile, fc.anything()), { maxLength: 110 }) },
);

const validOptions = fc.record(
  {
    expirationInMinutes: fc.oneof(fc.integer({ min: 1, max: 525_600 }), fc.constantFrom('60', ' 15 ')),
    assetKeys: fc.array(fc.constantFrom('src', '320kbs.mp3', '720p.mp4'), { minLength: 1, maxLength: 4 }),
    contentDisposition: fc.constantFrom('ATTACHMENT', 'INLINE'),
    expirationRedirectUrl: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constantFrom('mysite.com/store')),
  },
  { requiredKeys: [] },
);
const mixedOptions = fc.record(
  {
    expirationInMinutes: fc.oneof(fc.integer({ min: -10, max: 600_000 }), fc.double(), fc.string(), fc.anything()),
    assetKeys: fc.oneof(fc.array(fc.oneof(fc.constantFrom('src', '320kbs.mp3'), hostile), { maxLength: 12 }), fc.anything()),
    contentDisposition: fc.oneof(fc.constantFrom('ATTACHMENT', 'INLINE', 'attachment'), fc.anything()),
    downloadFileName: fc.oneof(fc.constantFrom('report.pdf', 'Price list 2026.pdf'), hostile),
    expirationRedirectUrl: fc.oneof(fc.webUrl(), hostile),
    surprise: fc.anything(),
  },
  { requiredKeys: [] },
);
const options = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
  { weight: 3, arbitrary: validOptions },
  { weight: 2, arbitrary: mixedOptions },
  { weight: 1, arbitrary: fc.anything() },
);

describe('createShareLinks with any input (property-based)', () => {
  it(`never throws, sends Wix only valid arguments and answers in a documented shape (${RUNS} runs)`, async () => {
    let reachedWix = 0;
    await fc.assert(
      fc.asyncProperty(fileIds, options, fc.array(fc.constantFrom(...ANSWERS), { minLength: 1, maxLength: 8 }), async (ids, opts, answers) => {
        const wix = recordingWix(answers);
        const response = await createShareLinksWith(wix.deps, ids, opts);

        expect(documentedResponse.safeParse(response).error).toBeUndefined();
        expect(wix.calls.filter((call) => !call.valid)).toEqual([]);
        if (!response.ok) {
          expect(response.error.code).toBe('INVALID_ARGUMENT');
          expect(wix.calls).toEqual([]);
          return;
        }
        if (wix.calls.length > 0) reachedWix += 1;
        const answered = response.results.map((result) => result.fileId);
        expect(new Set(answered).size).toBe(answered.length);
        expect(answered.every((id) => Array.isArray(ids) && ids.includes(id))).toBe(true);
      }),
      { numRuns: RUNS },
    );
    // Without this the property could hold only because every input was refused up front.
    expect(reachedWix).toBeGreaterThan(RUNS / 5);
  });
});
