import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { fakeSecure, fakeWix } from './fake-wix';

const json = fc.jsonValue({ maxDepth: 3 });

describe('createShareLinksWith with arbitrary input', () => {
  it('never throws, and answers either one INVALID_ARGUMENT naming a field or one result per file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(json, fc.array(fc.oneof(fc.string(), json))), fc.oneof(json, fc.constant(undefined)), async (fileIds, options) => {
        const response = await createShareLinksWith({ ...fakeWix().deps, ...fakeSecure().deps }, fileIds, options);
        if (response.ok) {
          expect(Array.isArray(fileIds)).toBe(true);
          expect(response.results.length).toBeGreaterThan(0);
        } else {
          expect(response.error.code).toBe('INVALID_ARGUMENT');
          expect(response.error.field).toMatch(/^(fileIds|options)/);
          expect(response.error.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns one result per distinct id, in first-seen order, echoing the caller strings', async () => {
    const id = fc.stringMatching(/^[a-z0-9]{1,6}_[a-z0-9]{1,8}(~mv2)?\.(jpg|mp3|pdf)$/);
    await fc.assert(
      fc.asyncProperty(fc.array(id, { minLength: 1, maxLength: 100 }), async (ids) => {
        const response = await createShareLinksWith(fakeWix().deps, ids, { kind: 'DIRECT' });
        expect(response.ok && response.results.map((r) => r.fileId)).toEqual([...new Set(ids)]);
      }),
      { numRuns: 100 },
    );
  });
});
