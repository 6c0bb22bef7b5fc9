/**
 * The link form's values, their defaults for a given selection, and what they become for the web method.
 * Pure, so the rules (single-file file name, formats, redirect address) are unit-tested without rendering.
 */
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import { checkDownloadFileName } from '../../common/download-file-name';
import { defaultExpiryChoice, resolveExpiry, type ExpiryChoice, type ResolvedExpiry } from './expiry';
import { normalizeRedirectUrl } from '../../common/redirect-url';
import { MAX_LABEL_LENGTH } from '../../common/limits';
import { downloadLimitOf } from './download-limit';
import { passwordProblem } from '../../common/password';
import { DEFAULT_LINK_KIND, type ContentDisposition, type LinkKind } from '../../common/share-links';
import type { LinkRequest } from './use-create-links';
import type { FileRow } from '../shared/file-row';

export type FormValues = {
  expiry: ExpiryChoice;
  disposition: ContentDisposition;
  fileName: string;
  redirectUrl: string;
  assetKeys: string[];
  kind: LinkKind;
  /** Text as typed; empty means no limit. Secure links only. */
  maxDownloads: string;
  /** Empty means no password. Secure links only. */
  password: string;
  label: string;
};

export type FormErrors = Partial<
  Record<'expiry' | 'fileName' | 'redirectUrl' | 'assetKeys' | 'maxDownloads' | 'password' | 'label', true>
>;

export const initialValues = (files: readonly FileRow[]): FormValues => ({
  expiry: defaultExpiryChoice(),
  disposition: 'ATTACHMENT',
  fileName: files.length === 1 ? (files[0]?.name ?? '') : '',
  redirectUrl: '',
  assetKeys: [ORIGINAL_ASSET_KEY],
  kind: DEFAULT_LINK_KIND,
  maxDownloads: '',
  password: '',
  label: '',
});

/**
 * The backend's own rules, so the owner hears about a refused name or address at the field rather than after
 * sending. Empty fields mean "leave the option out".
 */
const fileNameRefused = (name: string): boolean => name !== '' && !checkDownloadFileName(name).ok;

function redirectOf(text: string): string | null {
  if (text.trim() === '') return '';
  const checked = normalizeRedirectUrl(text);
  return checked.ok ? checked.url : null;
}

export type Validated =
  | { ok: true; request: LinkRequest; expiry: ResolvedExpiry & { ok: true } }
  | { ok: false; errors: FormErrors; expiry: ResolvedExpiry };

export function validate(values: FormValues, files: FileRow[], now: Date, zone: string): Validated {
  const expiry = resolveExpiry(values.expiry, now, zone);
  const errors: FormErrors = {};
  if (!expiry.ok) errors.expiry = true;
  const fileName = values.fileName.trim();
  // The field starts with the display name, which Wix uses anyway when no name is sent. Sending it unchanged
  // would only let a display name the header rules refuse (an apostrophe, over 100 characters) fail the link.
  const renamed = files.length === 1 && fileName !== files[0]?.name;
  if (renamed && fileNameRefused(fileName)) errors.fileName = true;
  const redirect = redirectOf(values.redirectUrl);
  if (redirect === null) errors.redirectUrl = true;
  if (values.assetKeys.length === 0) errors.assetKeys = true;
  const secure = values.kind === 'SECURE';
  const limit = secure ? downloadLimitOf(values.maxDownloads) : undefined;
  if (limit === null) errors.maxDownloads = true;
  if (secure && values.password !== '' && passwordProblem(values.password)) errors.password = true;
  const label = values.label.trim();
  if (label.length > MAX_LABEL_LENGTH) errors.label = true;
  if (!expiry.ok || Object.keys(errors).length > 0) return { ok: false, errors, expiry };
  return {
    ok: true,
    expiry,
    request: {
      files,
      expiresAt: expiry.at,
      options: {
        contentDisposition: values.disposition,
        assetKeys: values.assetKeys,
        ...(renamed && fileName ? { downloadFileName: fileName } : {}),
        ...(redirect ? { expirationRedirectUrl: redirect } : {}),
        kind: values.kind,
        ...(limit ? { maxDownloads: limit } : {}),
        ...(secure && values.password ? { password: values.password } : {}),
        ...(label ? { label } : {}),
      },
    },
  };
}
