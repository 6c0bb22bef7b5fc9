/**
 * How long a secure link makes the next password guess wait. The first few wrong guesses cost nothing (people
 * mistype), then each one doubles the wait, up to a cap of five minutes. The cap is what keeps a stranger from
 * locking the real recipient out: whoever knows the password gets in at most five minutes after the last wrong
 * guess, while a guesser is held to about 12 tries an hour. Guesses made while waiting are refused unchecked and
 * not counted, so they do not extend the wait.
 *
 * The count is the link's lifetime total the owner sees, not a streak: a link that has drawn many wrong guesses
 * stays slow to guess, at worst costing its recipient one wait after a typo.
 */
export const FREE_WRONG_GUESSES = 4;
export const FIRST_WAIT_SECONDS = 15;
export const MAX_WAIT_SECONDS = 300;

function waitAfter(failedAttempts: number): number {
  if (failedAttempts <= FREE_WRONG_GUESSES) return 0;
  const doublings = Math.min(failedAttempts - FREE_WRONG_GUESSES - 1, 10);
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** doublings);
}

/** Whole seconds until the next guess is allowed; 0 means now. A clock that went backwards never adds to it. */
export function passwordWaitSeconds(failedAttempts: number, lastFailedAt: Date | undefined, now: Date): number {
  if (!lastFailedAt || !(failedAttempts > 0)) return 0;
  const wait = waitAfter(failedAttempts);
  const elapsed = (now.getTime() - lastFailedAt.getTime()) / 1000;
  return Math.min(wait, Math.max(0, Math.ceil(wait - elapsed)));
}
