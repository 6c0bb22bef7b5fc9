import { beforeAll, describe, expect, it } from 'vitest';
import type { ShareLinkError } from '../../../src/common/share-links';
import { requestErrorMessage } from '../../../src/dashboard/link-panel/link-error-messages';
import { linkPanelMessages, loadLinkPanelMessages } from '../../../src/dashboard/link-panel/messages';

// The backend's English, which the page must never pass through.
const backendSentence = 'options.expirationRedirectUrl is not a valid web address.';
const refused = (code: ShareLinkError['code'], field?: string): ShareLinkError => ({
  code,
  message: backendSentence,
  ...(field === undefined ? {} : { field }),
});

beforeAll(loadLinkPanelMessages);

describe('requestErrorMessage', () => {
  it('words a refused setting with the label the owner sees on the form', () => {
    expect(requestErrorMessage(refused('INVALID_ARGUMENT', 'options.expirationRedirectUrl'))).toBe(
      linkPanelMessages.requestSettingRefused({ setting: linkPanelMessages.redirectLabel }),
    );
  });

  it('words a refused file list with the limit, whichever entry was refused', () => {
    for (const field of ['fileIds', 'fileIds[3]']) {
      expect(requestErrorMessage(refused('INVALID_ARGUMENT', field))).toBe(linkPanelMessages.requestFilesRefused({ max: 100 }));
    }
  });

  it('words failures about the app itself, and a request that got no answer', () => {
    expect(requestErrorMessage(refused('PERMISSION_DENIED'))).toBe(linkPanelMessages.permissionDenied);
    expect(requestErrorMessage(refused('NOT_IN_WIX'))).toBe(linkPanelMessages.notInWix);
    expect(requestErrorMessage('unreachable')).toBe(linkPanelMessages.requestFailed);
  });

  it('never shows the backend sentence, even for a field or code it does not know', () => {
    const codes: ShareLinkError['code'][] = ['INVALID_ARGUMENT', 'INVALID_ASSET_KEY', 'FILE_NOT_FOUND', 'RATE_LIMITED', 'UPSTREAM_ERROR'];
    for (const code of codes) {
      expect(requestErrorMessage(refused(code, 'options.somethingNew'))).not.toContain(backendSentence);
      expect(requestErrorMessage(refused(code))).not.toContain(backendSentence);
    }
  });
});
