/**
 * The link form's values, their defaults for a given selection, and what they become for the web method.
 * Pure, so the rules (single-file file name, formats, redirect address) are unit-tested without rendering.
 */
import { ORIGINAL_ASSET_KEY } from '../common/asset-formats';
import { defaultExpiryChoice, resolveExpiry, type ExpiryChoice, type ResolvedExpiry } from '../common/expiry';
import type { ContentDisposition } from '../common/share-links';
import type { LinkRequest } from './hooks/use-create-links';
import type { FileRow } from './file-row';

export const MAX_FILE_NAME_LENGTH = 100;

export type FormValues = {
  expiry: ExpiryChoice;
  disposition: ContentDisposition;
  fileName: string;
  redirectUrl: string;
  assetKeys: string[];
};

export type FormErrors = Partial<Record<'expiry' | 'fileName' | 'redirectUrl' | 'assetKeys', true>>;

export const initialValues = (files: readonly FileRow[]): FormValues => ({
  expiry: defaultExpiryChoice(),
  disposition: 'ATTACHMENT',
  fileName: files.length === 1 ? (files[0]?.name ?? '') : '',
  redirectUrl: '',
  assetKeys: [ORIGINAL_ASSET_KEY],
});

/** Owners type addresses as they say them ("mysite.com/contact"); only http(s) addresses are accepted. */
export function normalizeRedirectUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.toString();
  } catch {
    return null;
  }
}

export type Validated =
  | { ok: true; request: LinkRequest; expiry: ResolvedExpiry & { ok: true } }
  | { ok: false; errors: FormErrors; expiry: ResolvedExpiry };

export function validate(values: FormValues, files: FileRow[], now: Date, zone: string): Validated {
  const expiry = resolveExpiry(values.expiry, now, zone);
  const errors: FormErrors = {};
  if (!expiry.ok) errors.expiry = true;
  const single = files.length === 1;
  const fileName = values.fileName.trim();
  if (single && fileName.length > MAX_FILE_NAME_LENGTH) errors.fileName = true;
  const redirect = normalizeRedirectUrl(values.redirectUrl);
  if (redirect === null) errors.redirectUrl = true;
  if (values.assetKeys.length === 0) errors.assetKeys = true;
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
        ...(single && fileName ? { downloadFileName: fileName } : {}),
        ...(redirect ? { expirationRedirectUrl: redirect } : {}),
      },
    },
  };
}
