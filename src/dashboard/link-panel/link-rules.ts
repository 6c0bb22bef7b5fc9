/**
 * The panel's rules that the Links view reuses: an expiry moment, a download limit as typed, the bound on calls at
 * once, and the wall-clock arithmetic in the owner's zone under them (a link's expiry as a date and a time, ISO
 * times with the zone's offset for CSV). The Links view reaches them through the panel's own chunk (`loadLinkRules`
 * in the entry): imported statically by both chunks they would be in the page's first load, or in a third chunk
 * that opening the panel would also need.
 */
import pLimit from 'p-limit';
import { isoWithOffset, parseDateText, parseTimeText, toDateText, toTimeText, wallTimeOf } from '../shared/time-zone';
import { downloadLimitOf } from './download-limit';
import { latestExpiry, resolveExpiry } from './expiry';

export const linkRules = {
  resolveExpiry,
  latestExpiry,
  downloadLimitOf,
  pLimit,
  wallTimeOf,
  toDateText,
  toTimeText,
  parseDateText,
  parseTimeText,
  isoWithOffset,
};
export type LinkRules = typeof linkRules;
