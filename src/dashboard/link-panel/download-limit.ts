/**
 * A secure link's download limit as typed in a field: the link form and the Links view's edit dialog read it with
 * the same rule. Pure.
 */
import { MAX_MAX_DOWNLOADS, MIN_MAX_DOWNLOADS } from '../../common/limits';

/** The limit typed, undefined for none, null when it is not a whole number in range. */
export function downloadLimitOf(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const limit = Number(trimmed);
  return limit >= MIN_MAX_DOWNLOADS && limit <= MAX_MAX_DOWNLOADS ? limit : null;
}
