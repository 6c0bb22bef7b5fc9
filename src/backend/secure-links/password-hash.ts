/**
 * A secure link's password, kept only as a salted slow hash. PBKDF2-SHA256 because it is the slow hash WebCrypto
 * offers in the Workers runtime; 100,000 iterations because that runtime refuses more, and it costs about 14 ms of
 * the 1,000 ms CPU budget. The parameters are stored with the hash so they can be raised later without breaking
 * the links that already exist.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import { equalBytes } from './constant-time';

const SCHEME = 'pbkdf2-sha256';
export const PASSWORD_ITERATIONS = 100_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** NFC first: the same password typed on another device may arrive with its accents composed differently. */
async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BYTES * 8));
}

/** `pbkdf2-sha256$100000$<salt>$<hash>`, salt and hash in base64url. Check `passwordProblem` (common/password.ts) first. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, PASSWORD_ITERATIONS);
  return [SCHEME, PASSWORD_ITERATIONS, toBase64Url(salt), toBase64Url(hash)].join('$');
}

/**
 * Whether `password` is the one `stored` was made from. False, never a throw, for a stored value that is not a
 * hash this module wrote, and for iteration counts the runtime would refuse.
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const [scheme, iterationsText, saltText, hashText, ...rest] = stored.split('$');
  const iterations = /^[1-9][0-9]{0,5}$/.test(iterationsText ?? '') ? Number(iterationsText) : 0;
  const salt = fromBase64Url(saltText ?? '');
  const expected = fromBase64Url(hashText ?? '');
  if (scheme !== SCHEME || rest.length > 0 || !salt?.length || expected?.length !== HASH_BYTES) return false;
  if (iterations < 1 || iterations > PASSWORD_ITERATIONS) return false;
  try {
    return equalBytes(await derive(password, salt, iterations), expected);
  } catch {
    return false;
  }
}
