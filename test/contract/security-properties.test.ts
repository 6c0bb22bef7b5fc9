/**
 * The security property test through the real web method, SDK and emulator (issue 6): the emulator
 * validates every request as Wix does, so a value the app let through but Wix would refuse shows up
 * as a per-file INVALID_ARGUMENT. Fewer runs than the unit property test: each one makes real calls.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShareLinks } from '../../src/backend/share-links.web';
import { bareId, shareLinkFileIds, shareLinkOptions } from '../unit/security/request-arbitraries';
import { documentedResponse } from '../unit/security/wix-arguments';
import { SAMPLE } from './emulator-setup';
import { useWixContext } from './web-method-context';

const RUNS = 300;
useWixContext();
// Files that exist (so links are made) and well-formed ids that do not (so Wix answers 404).
const knownId = fc.oneof(fc.constantFrom(SAMPLE.privateImage, SAMPLE.docsAudio, SAMPLE.publicVideo, SAMPLE.contract, SAMPLE.logo), bareId);

describe('createShareLinks with any input, against the emulator (property-based)', () => {
  it(`answers in a documented shape and never sends Wix a value it refuses (${RUNS} runs)`, { timeout: 180_000 }, async () => {
    let reachedWix = 0;
    await fc.assert(
      fc.asyncProperty(shareLinkFileIds(knownId, 8), shareLinkOptions, async (ids, options) => {
        // The web method's declared types are what the page sends; any JSON is what an attacker sends.
        const response = await createShareLinks(ids as string[], options as Parameters<typeof createShareLinks>[1]);

        expect(documentedResponse.safeParse(response).error).toBeUndefined();
        if (!response.ok) return;
        reachedWix += 1;
        const rejectedByWix = response.results.filter((result) => !result.ok && result.error.code === 'INVALID_ARGUMENT');
        expect(rejectedByWix).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(reachedWix).toBeGreaterThan(RUNS / 5);
  });
});
