/**
 * The edit dialog of a secure link: its expiry and download limit as the fields show them, and what the owner typed
 * turned into the changes `updateShareLink` takes. The rules are the link form's (resolveExpiry, downloadLimitOf),
 * so the dialog refuses at the field what the backend would refuse. Pure: "now" and the zone are passed in.
 */
import type { ShareLinkChanges, ShareLinkRecord } from '../../common/link-history';
import type { LinkRules, ResolvedExpiry } from '../link-panel';

export type EditValues = { date: string; time: string; limit: string };

export type EditCheck =
  | { ok: true; changes: ShareLinkChanges }
  | { ok: false; expiry: ResolvedExpiry; limitInvalid: boolean };

/** The fields as the link is now: its expiry in the owner's zone, its limit (empty for none). */
export function editValuesOf(rules: LinkRules, link: Pick<ShareLinkRecord, 'expiresAt' | 'maxDownloads'>, zone: string): EditValues {
  const wall = rules.wallTimeOf(new Date(link.expiresAt), zone);
  return { date: rules.toDateText(wall), time: rules.toTimeText(wall), limit: link.maxDownloads === undefined ? '' : String(link.maxDownloads) };
}

/** The expiry typed, resolved by the form's rule: a moment in the future, at most a year away. */
export function editExpiry(rules: LinkRules, values: EditValues, now: Date, zone: string): ResolvedExpiry {
  const time = rules.parseTimeText(values.time) ?? { hour: 0, minute: 0 };
  return rules.resolveExpiry({ kind: 'custom', date: rules.parseDateText(values.date), time }, now, zone);
}

/** Only what changed is sent: an untouched expiry of a link that has already expired must not be refused. */
export function checkEdit(
  rules: LinkRules,
  values: EditValues,
  link: Pick<ShareLinkRecord, 'expiresAt' | 'maxDownloads'>,
  now: Date,
  zone: string,
): EditCheck {
  const before = editValuesOf(rules, link, zone);
  const expiryChanged = values.date !== before.date || values.time !== before.time;
  const expiry = expiryChanged ? editExpiry(rules, values, now, zone) : undefined;
  const limit = rules.downloadLimitOf(values.limit);
  const limitInvalid = limit === null;
  if ((expiry && !expiry.ok) || limitInvalid) return { ok: false, expiry: expiry ?? editExpiry(rules, values, now, zone), limitInvalid };
  const changes: ShareLinkChanges = {};
  if (expiry?.ok) changes.expiresAt = expiry.at.toISOString();
  if ((limit ?? undefined) !== link.maxDownloads) changes.maxDownloads = limit ?? null;
  return { ok: true, changes };
}
