/**
 * Hostile values (issue 6, security suite): each is refused before Wix is called, with
 * INVALID_ARGUMENT naming the field and a sentence telling the owner what to use instead.
 */
import { describe, expect, it } from 'vitest';
import { createShareLinksWith } from '../../../src/backend/share-links/create-share-links';
import { HOSTILE_FILE_IDS, HOSTILE_FILE_NAMES, HOSTILE_REDIRECT_URLS } from './hostile-strings';
import { recordingWix } from './recording-wix';

const FILE = '9c1e7a_2b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7.pdf';

async function refusal(fileIds: unknown, options: unknown) {
  const wix = recordingWix(['links']);
  const response = await createShareLinksWith(wix.deps, fileIds, options);
  expect(wix.calls).toEqual([]);
  if (response.ok) throw new Error(`accepted: ${JSON.stringify([fileIds, options])}`);
  return response.error;
}

/** A sentence for a person: a subject, a rule and an example or instruction, no internals. */
function expectClearSentence(message: string): void {
  expect(message.split(/\s+/).length).toBeGreaterThan(6);
  expect(message).toMatch(/[.)]$/);
  expect(message).not.toMatch(/zod|undefined|\[object|stack|regex/i);
}

describe('hostile values', () => {
  it.each(HOSTILE_REDIRECT_URLS.map((url) => [url.slice(0, 60), url]))('refuses the redirect URL %j', async (_, url) => {
    const error = await refusal([FILE], { expirationRedirectUrl: url });
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'options.expirationRedirectUrl' });
    expectClearSentence(error.message);
  });

  it.each(HOSTILE_FILE_NAMES.map((name) => [name.slice(0, 60), name]))('refuses the download file name %j', async (_, name) => {
    const error = await refusal([FILE], { downloadFileName: name });
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'options.downloadFileName' });
    expectClearSentence(error.message);
  });

  it.each(HOSTILE_FILE_IDS.map((id) => [id.slice(0, 60), id]))('refuses the file id %j, naming its position', async (_, id) => {
    const error = await refusal([FILE, id], {});
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'fileIds[1]' });
    expectClearSentence(error.message);
  });

  it('refuses a very long value in every string option without echoing it whole', async () => {
    const long = 'x'.repeat(100_000);
    for (const options of [{ expirationRedirectUrl: long }, { downloadFileName: long }, { assetKeys: [long] }, { contentDisposition: long }]) {
      const error = await refusal([FILE], options);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.field).toMatch(/^options\./);
      expect(error.message.length).toBeLessThan(400);
    }
  });

  it('refuses a file id list padded past the limit without looking at its entries', async () => {
    const error = await refusal(Array.from({ length: 10_000 }, () => ({ toString: 'not a string' })), {});
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'fileIds' });
    expectClearSentence(error.message);
  });
});
