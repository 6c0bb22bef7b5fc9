/**
 * Property tests of createShareLinks' inputs (issue 6, security suite): for any JSON a caller can
 * send, it never throws, never passes Wix an argument outside the contract, and always answers in
 * one of the documented shapes, whatever Wix answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { fakeSecure } from '../share-links/fake-wix';
import { ANSWERS, recordingWix } from './recording-wix';
import { documentedResponse } from './wix-arguments';
import { bareId, shareLinkFileIds, shareLinkOptions as options } from './request-arbitraries';

const RUNS = 1_000;

const fileIds = shareLinkFileIds(bareId, 100);

describe('createShareLinks with any input (property-based)', () => {
  it(`never throws, sends Wix only valid arguments and answers in a documented shape (${RUNS} runs)`, async () => {
    let reachedWix = 0;
    await fc.assert(
      fc.asyncProperty(fileIds, options, fc.array(fc.constantFrom(...ANSWERS), { minLength: 1, maxLength: 8 }), async (ids, opts, answers) => {
        const wix = recordingWix(answers);
        const secure = fakeSecure();
        const response = await createShareLinksWith({ ...wix.deps, ...secure.deps }, ids, opts);

        expect(documentedResponse.safeParse(response).error).toBeUndefined();
        expect(wix.calls.filter((call) => !call.valid)).toEqual([]);
        if (!response.ok) {
          expect(response.error.code).toBe('INVALID_ARGUMENT');
          expect(wix.calls).toEqual([]);
          return;
        }
        // A secure request reaches Wix through its one describe call, and hands out only the app's own URLs.
        if (wix.calls.length > 0 || secure.described.length > 0) reachedWix += 1;
        for (const result of response.results) {
          if (result.ok && result.kind === 'SECURE') expect(result.links.every(({ url }) => /\/functions\/l\/[\w-]{60}$/.test(url))).toBe(true);
        }
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
