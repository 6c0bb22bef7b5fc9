/**
 * Whether a secure link's password can be used: a rule the page checks at the field and the backend checks again.
 */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './limits';

export type PasswordProblem = 'NOT_TEXT' | 'TOO_SHORT' | 'TOO_LONG';

/**
 * Why a password cannot be used, or undefined when it can. Lengths count characters as people see them (code
 * points), not UTF-16 units, so an emoji counts once.
 */
export function passwordProblem(password: unknown): PasswordProblem | undefined {
  if (typeof password !== 'string') return 'NOT_TEXT';
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) return 'TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'TOO_LONG';
  return undefined;
}

