/**
 * Validates the raw arguments of `createShareLinks`. The dashboard page is not a security boundary:
 * the web method can receive any JSON, so every argument is checked here and the first problem is
 * returned as one sentence naming the field.
 */
import { z } from 'zod';
import { DEFAULT_LINK_KIND, type ContentDisposition, type LinkKind, type ShareLinkError } from '../../common/share-links';
import { apiMessages } from '../../common/api-messages';
import { normalizeRedirectUrl } from '../../common/redirect-url';
import { checkDownloadFileName } from '../../common/download-file-name';
import {
  MAX_ASSET_KEYS,
  MAX_ASSET_KEY_LENGTH,
  MAX_EXPIRATION_MINUTES,
  MAX_FILE_IDS,
  MAX_FILE_REF_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_MAX_DOWNLOADS,
  MIN_EXPIRATION_MINUTES,
  MIN_MAX_DOWNLOADS,
} from '../../common/limits';
import { passwordProblem } from '../../common/password';
import { checkLinkBaseUrl } from '../secure-links/link-url';
import { CONTROL_AND_DIRECTION_MARKS } from '../../common/unsafe-characters';
import { fileIdOf } from './file-id';
import { fieldOf } from './field-path';

/** Options exactly as they are passed on to Wix. */
export type GenerateOptions = {
  expirationInMinutes?: number;
  assetKeys?: string[];
  contentDisposition?: ContentDisposition;
  downloadFileName?: string;
  expirationRedirectUrl?: string;
};
/** `input` is the caller's string, echoed back in results; `id` is what Wix is asked for. */
export type FileRef = { input: string; id: string };
/** What only a secure link has; `password` is plain here and hashed once per call before it is stored. */
export type SecureSettings = { linkBaseUrl: string; maxDownloads?: number; password?: string };
/** `label` is kept in the link history only; Wix never sees it. `secure` is present exactly when kind is SECURE. */
export type ShareLinkRequest = { files: FileRef[]; options: GenerateOptions; label?: string; kind: LinkKind; secure?: SecureSettings };
export type RequestCheck = { ok: true; request: ShareLinkRequest } | { ok: false; error: ShareLinkError };

const fileRef = z
  .string({ error: (issue) => apiMessages.fileIdNotString(fieldOf(issue.path)) })
  .min(1, { error: (issue) => apiMessages.fileIdEmpty(fieldOf(issue.path)) })
  .max(MAX_FILE_REF_LENGTH, { error: (issue) => apiMessages.fileIdTooLong(fieldOf(issue.path)) })
  .refine((input) => fileIdOf(input) !== undefined, {
    error: (issue) => apiMessages.fileIdInvalid(fieldOf(issue.path), String(issue.input)),
  })
  .transform((input): FileRef => ({ input, id: fileIdOf(input) ?? input }));

// Counted before the entries are looked at, so a huge list is refused without parsing it.
const fileIds = z
  .array(z.unknown(), { error: apiMessages.fileIdsNotList })
  .min(1, { error: apiMessages.fileIdsEmpty })
  .max(MAX_FILE_IDS, { error: (issue) => apiMessages.fileIdsTooMany(Array.isArray(issue.input) ? issue.input.length : 0) })
  .pipe(z.array(fileRef));

// Numeric strings are accepted because Wix's own examples send "60".
const expirationInMinutes = z
  .union([z.number(), z.string().trim().regex(/^\d{1,7}$/).transform(Number)], { error: apiMessages.expirationInvalid })
  .pipe(
    z
      .number()
      .int({ error: apiMessages.expirationInvalid })
      .min(MIN_EXPIRATION_MINUTES, { error: apiMessages.expirationInvalid })
      .max(MAX_EXPIRATION_MINUTES, { error: apiMessages.expirationInvalid }),
  );

const assetKey = z
  .string({ error: (issue) => apiMessages.assetKeyInvalid(fieldOf(issue.path)) })
  .trim()
  .min(1, { error: (issue) => apiMessages.assetKeyInvalid(fieldOf(issue.path)) })
  .max(MAX_ASSET_KEY_LENGTH, { error: (issue) => apiMessages.assetKeyInvalid(fieldOf(issue.path)) });

const assetKeys = z
  .array(z.unknown(), { error: apiMessages.assetKeysNotList })
  .min(1, { error: apiMessages.assetKeysNotList })
  .max(MAX_ASSET_KEYS, { error: apiMessages.assetKeysTooMany })
  .pipe(z.array(assetKey))
  .transform((keys) => [...new Set(keys)]);

const contentDisposition = z.enum(['ATTACHMENT', 'INLINE'], { error: apiMessages.dispositionInvalid });

const downloadFileName = z.string({ error: apiMessages.fileNameNotString }).transform((name, ctx) => {
  const checked = checkDownloadFileName(name);
  if (checked.ok) return checked.name;
  ctx.issues.push({ code: 'custom', input: name, message: checked.message });
  return z.NEVER;
});

const expirationRedirectUrl = z.string({ error: apiMessages.redirectNotString }).transform((url, ctx) => {
  const checked = normalizeRedirectUrl(url);
  if (checked.ok) return checked.url;
  ctx.issues.push({ code: 'custom', input: url, message: checked.message });
  return z.NEVER;
});

// Control characters and direction marks become spaces: a label is free text, but shown in tables and CSV files.
const UNSAFE_IN_LABEL = new RegExp(`[${CONTROL_AND_DIRECTION_MARKS}]+`, 'g');
export const cleanLabel = (text: string): string => text.replace(UNSAFE_IN_LABEL, ' ').trim();
const label = z
  .string({ error: apiMessages.labelNotString })
  .transform(cleanLabel)
  .refine((text) => text.length <= MAX_LABEL_LENGTH, { error: (issue) => apiMessages.labelTooLong(String(issue.input).length) });

const kind = z.enum(['SECURE', 'DIRECT'], { error: apiMessages.kindInvalid });

/** A secure link's download limit, refused with `message`; the change web method words it for its own field. */
export const downloadLimit = (message: string) =>
  z.number({ error: message }).int({ error: message }).min(MIN_MAX_DOWNLOADS, { error: message }).max(MAX_MAX_DOWNLOADS, { error: message });

const maxDownloads = downloadLimit(apiMessages.maxDownloadsInvalid);

const PASSWORD_MESSAGES = {
  NOT_TEXT: apiMessages.passwordNotString,
  TOO_SHORT: apiMessages.passwordTooShort,
  TOO_LONG: apiMessages.passwordTooLong,
} as const;
const password = z.unknown().transform((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem === undefined) return value as string;
  ctx.issues.push({ code: 'custom', input: value, message: PASSWORD_MESSAGES[problem] });
  return z.NEVER;
});

const linkBaseUrl = z.unknown().transform((value, ctx) => {
  const checked = checkLinkBaseUrl(value);
  if (checked !== undefined) return checked;
  ctx.issues.push({ code: 'custom', input: value, message: apiMessages.linkBaseUrlInvalid });
  return z.NEVER;
});

// null is treated like an omitted option: JSON has no `undefined`, and forms often send null.
const options = z
  .strictObject(
    {
      expirationInMinutes: expirationInMinutes.nullish(),
      assetKeys: assetKeys.nullish(),
      contentDisposition: contentDisposition.nullish(),
      downloadFileName: downloadFileName.nullish(),
      expirationRedirectUrl: expirationRedirectUrl.nullish(),
      label: label.nullish(),
      kind: kind.nullish(),
      maxDownloads: maxDownloads.nullish(),
      password: password.nullish(),
      linkBaseUrl: linkBaseUrl.nullish(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? apiMessages.optionUnknown(String(issue.keys[0])) : apiMessages.optionsNotObject,
    },
  )
  .nullish();

const request = z.object({ fileIds, options });

export function parseShareLinkRequest(rawFileIds: unknown, rawOptions: unknown): RequestCheck {
  const parsed = request.safeParse({ fileIds: rawFileIds, options: rawOptions });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? `options.${String(issue.keys[0])}` : fieldOf(issue?.path);
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: issue?.message ?? apiMessages.fileIdsNotList, field } };
  }
  const files = dedupe(parsed.data.fileIds);
  const given = parsed.data.options ?? {};
  const chosen: GenerateOptions = {};
  if (given.expirationInMinutes != null) chosen.expirationInMinutes = given.expirationInMinutes;
  if (given.assetKeys != null) chosen.assetKeys = given.assetKeys;
  if (given.contentDisposition != null) chosen.contentDisposition = given.contentDisposition;
  if (given.downloadFileName != null) chosen.downloadFileName = given.downloadFileName;
  if (given.expirationRedirectUrl != null) chosen.expirationRedirectUrl = given.expirationRedirectUrl;

  if (chosen.downloadFileName !== undefined && files.length !== 1) {
    return invalid(apiMessages.fileNameNeedsOneFile(files.length), 'options.downloadFileName');
  }
  const label = given.label ? { label: given.label } : {};
  const linkKind = given.kind ?? DEFAULT_LINK_KIND;
  if (linkKind === 'DIRECT') {
    const secureOnly = (['maxDownloads', 'password'] as const).find((option) => given[option] != null);
    if (secureOnly) return invalid(apiMessages.secureOnly(secureOnly), `options.${secureOnly}`);
    return { ok: true, request: { files, options: chosen, ...label, kind: 'DIRECT' } };
  }
  if (given.linkBaseUrl == null) return invalid(apiMessages.linkBaseUrlMissing, 'options.linkBaseUrl');
  const secure: SecureSettings = {
    linkBaseUrl: given.linkBaseUrl,
    ...(given.maxDownloads == null ? {} : { maxDownloads: given.maxDownloads }),
    ...(given.password == null ? {} : { password: given.password }),
  };
  return { ok: true, request: { files, options: chosen, ...label, kind: 'SECURE', secure } };
}

const invalid = (message: string, field: string): RequestCheck => ({ ok: false, error: { code: 'INVALID_ARGUMENT', message, field } });

/** Keeps the first spelling of each file, in the caller's order. */
function dedupe(files: FileRef[]): FileRef[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.id) && seen.add(file.id) !== undefined);
}
