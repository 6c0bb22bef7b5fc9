/**
 * Validates the raw arguments of `createShareLinks`. The dashboard page is not a security boundary:
 * the web method can receive any JSON, so every argument is checked here and the first problem is
 * returned as one sentence naming the field.
 */
import { z } from 'zod';
import type { ContentDisposition, ShareLinkError } from '../../common/share-links';
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
  MIN_EXPIRATION_MINUTES,
} from '../../common/limits';
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
/** `label` is kept in the link history only; Wix never sees it. */
export type ShareLinkRequest = { files: FileRef[]; options: GenerateOptions; label?: string };
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
const label = z
  .string({ error: apiMessages.labelNotString })
  .transform((text) => text.replace(UNSAFE_IN_LABEL, ' ').trim())
  .refine((text) => text.length <= MAX_LABEL_LENGTH, { error: (issue) => apiMessages.labelTooLong(String(issue.input).length) });

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
    return {
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: apiMessages.fileNameNeedsOneFile(files.length), field: 'options.downloadFileName' },
    };
  }
  const label = given.label ? { label: given.label } : {};
  return { ok: true, request: { files, options: chosen, ...label } };
}

/** Keeps the first spelling of each file, in the caller's order. */
function dedupe(files: FileRef[]): FileRef[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.id) && seen.add(file.id) !== undefined);
}
