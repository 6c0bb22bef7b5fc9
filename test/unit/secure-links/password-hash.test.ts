import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/backend/secure-links/base64url';
import { hashPassword, PASSWORD_ITERATIONS, verifyPassword } from '../../../src/backend/secure-links/password-hash';
import { passwordProblem } from '../../../src/common/password';

describe('passwordProblem', () => {
  it('accepts 6 to 128 characters, counting what people see', () => {
    expect(passwordProblem('abcdef')).toBeUndefined();
    expect(passwordProblem('x'.repeat(128))).toBeUndefined();
    expect(passwordProblem('\u{1F600}'.repeat(6))).toBeUndefined();
    expect(passwordProblem('\u{1F600}'.repeat(128))).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(passwordProblem('abcde')).toBe('TOO_SHORT');
    expect(passwordProblem('')).toBe('TOO_SHORT');
    expect(passwordProblem('x'.repeat(129))).toBe('TOO_LONG');
    expect(passwordProblem(123456)).toBe('NOT_TEXT');
    expect(passwordProblem(undefined)).toBe('NOT_TEXT');
  });
});

describe('hashPassword and verifyPassword', () => {
  it('stores the scheme, 100,000 iterations, a 16-byte salt and a 32-byte hash in one string', async () => {
    const stored = await hashPassword('correct horse');
    const [scheme, iterations, salt, hash] = stored.split('$');
    expect(scheme).toBe('pbkdf2-sha256');
    expect(Number(iterations)).toBe(PASSWORD_ITERATIONS);
    expect(salt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('correct horse');
  });

  it('salts every hash differently', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('verifies the right password and refuses others', async () => {
    const stored = await hashPassword('s3cret pass');
    expect(await verifyPassword(stored, 's3cret pass')).toBe(true);
    expect(await verifyPassword(stored, 's3cret pas')).toBe(false);
    expect(await verifyPassword(stored, 'S3cret pass')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
  });

  it('accepts the same accented password whichever way its accents were composed', async () => {
    const stored = await hashPassword('caf\u00e9-cr\u00e8me');
    expect(await verifyPassword(stored, 'cafe\u0301-cre\u0300me')).toBe(true);
  });

  it('verifies hashes stored with fewer iterations, so the count can change later', async () => {
    const stored = await hashPassword('older link');
    const [, , salt] = stored.split('$');
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('older link'), 'PBKDF2', false, ['deriveBits']);
    const saltBytes = fromBase64Url(salt as string) as Uint8Array;
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations: 1000 }, key, 256);
    const hash = toBase64Url(new Uint8Array(bits));
    expect(await verifyPassword(`pbkdf2-sha256$1000$${salt}$${hash}`, 'older link')).toBe(true);
  });

  it('is false, without throwing, for stored values it did not write', async () => {
    const stored = await hashPassword('abcdefg');
    const [, , salt, hash] = stored.split('$');
    for (const bad of [
      '',
      'plain text',
      `bcrypt$100000$${salt}$${hash}`,
      `pbkdf2-sha256$100001$${salt}$${hash}`,
      `pbkdf2-sha256$0$${salt}$${hash}`,
      `pbkdf2-sha256$1e5$${salt}$${hash}`,
      `pbkdf2-sha256$100000$$${hash}`,
      `pbkdf2-sha256$100000$${salt}$${hash?.slice(1)}`,
      `pbkdf2-sha256$100000$${salt}$${hash}$extra`,
      `pbkdf2-sha256$100000$${salt}=$${hash}`,
    ]) {
      expect(await verifyPassword(bad, 'abcdefg')).toBe(false);
    }
  });
});
