/**
 * What the owner may change about a link, as plain rules over the stored record: the web methods read the
 * record, ask these rules, and write what they answer with one patch.
 *
 * A DIRECT link is Wix's own signed URL: nothing the app stores can withdraw it or move its expiry, and it
 * counts nothing, so turning it off or changing its expiry or limit is refused with a sentence saying so; its
 * label is the app's own and can change. A turned-off link stays off (status.ts): changing its expiry or limit
 * is allowed but does not turn it back on.
 */
import { z } from 'zod';
import { historyMessages } from '../../common/link-history-messages';
import { MAX_EXPIRATION_MINUTES, MAX_LABEL_LENGTH } from '../../common/limits';
import type { ShareLinkError } from '../../common/share-links';
import { cleanLabel, downloadLimit } from '../share-links/request-schema';
import type { StoredFields } from './record-view';

/** One Wix Data patch: fields to set, fields to remove. */
export type LinkPatch = { set: Record<string, unknown>; remove: string[] };
export type ChangeDecision = { ok: true; patch: LinkPatch } | { ok: false; error: ShareLinkError };

const refuse = (code: ShareLinkError['code'], message: string, field?: string): ChangeDecision => ({
  ok: false,
  error: { code, message, ...(field ? { field } : {}) },
});

/** Turning a link off: a secure link only; turning off a link that is already off keeps its first moment. */
export function revokeChange(record: StoredFields, now: Date): ChangeDecision {
  if (record.kind === 'DIRECT') return refuse('LINK_IS_DIRECT', historyMessages.linkIsDirect);
  return { ok: true, patch: { set: record.revokedAt ? {} : { revokedAt: now }, remove: [] } };
}

const changes = z.strictObject(
  {
    expiresAt: z.iso.datetime({ offset: true, error: historyMessages.expiresAtInvalid }).optional(),
    maxDownloads: downloadLimit(historyMessages.maxDownloadsInvalid).nullable().optional(),
    label: z
      .string({ error: historyMessages.labelInvalid })
      .transform(cleanLabel)
      .refine((text) => text.length <= MAX_LABEL_LENGTH, { error: historyMessages.labelInvalid })
      .optional(),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? historyMessages.changesUnknown(String(issue.keys[0])) : historyMessages.changesInvalid),
  },
);

export type ParsedChanges = z.infer<typeof changes>;

/** Validates the raw `changes` argument (the page is not a security boundary). */
export function parseChanges(raw: unknown): { ok: true; changes: ParsedChanges } | { ok: false; error: ShareLinkError } {
  const parsed = changes.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? String(issue.keys[0]) : issue?.path.map(String).join('.') || undefined;
    return { ok: false, error: { code: 'INVALID_ARGUMENT', message: issue?.message ?? historyMessages.changesInvalid, ...(field ? { field } : {}) } };
  }
  if (Object.keys(parsed.data).length === 0) return { ok: false, error: { code: 'INVALID_ARGUMENT', message: historyMessages.changesEmpty } };
  return { ok: true, changes: parsed.data };
}

/**
 * The patch for `changes` to `record`. A new expiry must lie in the future and within a year of now (the longest
 * a link can be made for); a limit below the downloads already made is allowed and leaves the link used up.
 */
export function updateChange(record: StoredFields, changes: ParsedChanges, now: Date): ChangeDecision {
  if (record.kind === 'DIRECT') {
    const fixed = (['expiresAt', 'maxDownloads'] as const).find((key) => changes[key] !== undefined);
    if (fixed) return refuse('LINK_IS_DIRECT', historyMessages.linkIsDirect, fixed);
  }
  const patch: LinkPatch = { set: {}, remove: [] };
  if (changes.expiresAt !== undefined) {
    const at = new Date(changes.expiresAt);
    const latest = now.getTime() + MAX_EXPIRATION_MINUTES * 60_000;
    if (!(at.getTime() > now.getTime() && at.getTime() <= latest)) return refuse('INVALID_ARGUMENT', historyMessages.expiresAtInvalid, 'expiresAt');
    patch.set.expiresAt = at;
  }
  if (changes.maxDownloads === null) patch.remove.push('maxDownloads');
  else if (changes.maxDownloads !== undefined) patch.set.maxDownloads = changes.maxDownloads;
  if (changes.label === '') patch.remove.push('label');
  else if (changes.label !== undefined) patch.set.label = changes.label;
  return { ok: true, patch };
}
