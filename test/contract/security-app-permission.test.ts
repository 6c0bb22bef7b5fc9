/**
 * The app's own permission (issue 6, security suite): installed without "Manage Media Manager", the
 * elevated call is refused by Wix, and every file comes back as PERMISSION_DENIED with a sentence
 * telling the owner what to do, not as a retry loop or a generic failure.
 */
import { describe, expect, it } from 'vitest';
import { createShareLinks } from '../../src/backend/share-links.web';
import { apiMessages } from '../../src/common/api-messages';
import { SAMPLE } from './emulator-setup';
import { GENERATE_PATH, useWixContext } from './web-method-context';

const wix = useWixContext();

describe('an app token without Manage Media Manager permission', () => {
  it('yields PERMISSION_DENIED for every file, after one refused call each', async () => {
    wix().enter(wix().tokens.appReadOnly);
    const ids = [SAMPLE.privateImage, SAMPLE.docsAudio, SAMPLE.contract];

    const response = await createShareLinks(ids, { kind: 'DIRECT' });

    expect(response).toEqual({
      ok: true,
      results: ids.map((fileId) => ({ fileId, ok: false, error: { code: 'PERMISSION_DENIED', message: apiMessages.permissionDenied } })),
    });
    expect(apiMessages.permissionDenied).toMatch(/Manage Media Manager/);
    const calls = (await wix().requests()).filter((request) => request.path === GENERATE_PATH);
    expect(calls.map((call) => call.status)).toEqual(ids.map(() => 403));
  });

  it('still lets the same owner create links once the app has the permission', async () => {
    const response = await createShareLinks([SAMPLE.privateImage], { kind: 'DIRECT' });
    expect(response.ok && response.results[0]?.ok).toBe(true);
  });
});
