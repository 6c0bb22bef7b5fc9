/**
 * The panel's rules that the Links view's dialogs reuse: an expiry moment, a download limit as typed, and the
 * bound on calls at once. The Links view reaches them through the panel's own chunk (`loadLinkRules` in the
 * entry): imported statically by both chunks they would become a third chunk that opening the panel also needs.
 */
import pLimit from 'p-limit';
import { downloadLimitOf } from './download-limit';
import { latestExpiry, resolveExpiry } from './expiry';

export const linkRules = { resolveExpiry, latestExpiry, downloadLimitOf, pLimit };
export type LinkRules = typeof linkRules;
