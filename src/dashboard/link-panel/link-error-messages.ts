/**
 * What the owner reads when links fail, worded by the page from the error code and the page's own facts (the
 * file's display name, the formats asked for, the field's label). The backend's `message` is for API callers:
 * it quotes opaque file ids and option names, so it is never shown here.
 */
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import { MAX_FILE_IDS } from '../../common/limits';
import type { ShareLinkError } from '../../common/share-links';
import { listFormat } from '../../common/i18n/intl-cache';
import { pageLanguage } from '../shared/i18n';
import { linkPanelMessages as m } from './messages';

/** "320kbs.mp3 and 128kbs.mp3", joined as the page's language joins a list. */
const formatList = (items: readonly string[]) => listFormat(pageLanguage().locale, { type: 'conjunction' }).format(items);

/** A request that failed as a whole: the backend refused it, or it never got an answer. */
export type RequestFailure = ShareLinkError | 'unreachable';

const SETTING_LABELS: Readonly<Record<string, keyof typeof m>> = {
  'options.expirationInMinutes': 'expiryLabel',
  'options.assetKeys': 'formatsLabel',
  'options.contentDisposition': 'dispositionLabel',
  'options.downloadFileName': 'fileNameLabel',
  'options.expirationRedirectUrl': 'redirectLabel',
  'options.kind': 'kindLabel',
  'options.linkBaseUrl': 'kindLabel',
  'options.maxDownloads': 'maxDownloadsLabel',
  'options.password': 'passwordLabel',
};

/** Failures about the app itself read the same whether one file or the whole request met them. */
function appFailureMessage(error: ShareLinkError): string | undefined {
  if (error.code === 'PERMISSION_DENIED') return m.permissionDenied;
  if (error.code === 'NOT_IN_WIX') return m.notInWix;
  return undefined;
}

export function fileErrorMessage(error: ShareLinkError, fileName: string, assetKeys: readonly string[]): string {
  switch (error.code) {
    case 'INVALID_ASSET_KEY': {
      // Every file has its original, so only the renditions can be the missing ones.
      const renditions = assetKeys.filter((key) => key !== ORIGINAL_ASSET_KEY);
      return m.fileMissingFormats({ fileName, formats: formatList(renditions.length ? renditions : assetKeys) });
    }
    case 'FILE_NOT_FOUND':
      return m.fileNotFound({ fileName });
    case 'RATE_LIMITED':
      return m.fileRateLimited({ fileName });
    case 'UPSTREAM_ERROR':
      return m.fileUpstreamError({ fileName });
    case 'INVALID_ARGUMENT':
      return m.fileRejected({ fileName });
    case 'SECURE_LINK_NOT_SAVED':
      return m.fileSecureNotSaved({ fileName });
    default:
      return appFailureMessage(error) ?? m.fileUpstreamError({ fileName });
  }
}

export function requestErrorMessage(failure: RequestFailure): string {
  if (failure === 'unreachable') return m.requestFailed;
  const forApp = appFailureMessage(failure);
  if (forApp) return forApp;
  if (failure.code !== 'INVALID_ARGUMENT') return m.requestFailed;
  if (failure.field?.startsWith('fileIds')) return m.requestFilesRefused({ max: MAX_FILE_IDS });
  const setting = SETTING_LABELS[failure.field ?? ''];
  return setting ? m.requestSettingRefused({ setting: m[setting] as string }) : m.requestFailed;
}
