/**
 * What the Media Manager may be sent and what callers may be answered, written out independently of the
 * app's own request schema (from the GenerateFileDownloadUrl reference and docs/ARCHITECTURE.md), so the
 * property tests check the app against the contract rather than against itself.
 */
import { z } from 'zod';

const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export const wixFileId = z
  .string()
  .min(1)
  .max(1000)
  .refine((id) => !/[\s/\\?#%:]/.test(id) && !CONTROL_OR_BIDI.test(id), 'no separators, spaces or encodings')
  .refine((id) => !/^\.+$/.test(id), 'not a path step such as ".."');

const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  }, 'an http(s) URL without credentials');

export const wixOptions = z.strictObject({
  expirationInMinutes: z.number().int().min(1).max(525_600).optional(),
  assetKeys: z
    .array(z.string().min(1).max(100))
    .min(1)
    .max(10)
    .refine((keys) => new Set(keys).size === keys.length, 'no key twice')
    .optional(),
  contentDisposition: z.enum(['ATTACHMENT', 'INLINE']).optional(),
  downloadFileName: z
    .string()
    .min(1)
    .max(100)
    .refine((name) => !/[/\\"'`]/.test(name) && !CONTROL_OR_BIDI.test(name), 'no header or path characters')
    .optional(),
  expirationRedirectUrl: httpUrl.optional(),
});

const CODES = [
  'INVALID_ARGUMENT',
  'INVALID_ASSET_KEY',
  'FILE_NOT_FOUND',
  'PERMISSION_DENIED',
  'RATE_LIMITED',
  'UPSTREAM_ERROR',
  'NOT_IN_WIX',
  'SECURE_LINK_NOT_SAVED',
] as const;
const shareLinkError = z.strictObject({ code: z.enum(CODES), message: z.string().min(20), field: z.string().min(1).optional() });

const result = z.union([
  z.strictObject({
    fileId: z.string(),
    ok: z.literal(true),
    linkId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
    kind: z.enum(['SECURE', 'DIRECT']),
    links: z.array(z.strictObject({ assetKey: z.string().min(1), url: z.string().min(1) })).min(1),
    expiresAt: z.iso.datetime(),
  }),
  z.strictObject({ fileId: z.string(), ok: z.literal(false), error: shareLinkError }),
]);

export const documentedResponse = z.union([
  z.strictObject({
    ok: z.literal(true),
    results: z.array(result).min(1).max(100),
    warnings: z
      .array(z.strictObject({ code: z.literal('HISTORY_NOT_SAVED'), message: z.string().min(20), unsaved: z.number().int().min(1), reason: z.enum(CODES) }))
      .min(1)
      .optional(),
  }),
  z.strictObject({ ok: z.literal(false), error: shareLinkError }),
]);
