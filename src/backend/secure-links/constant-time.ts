/**
 * Byte comparison whose time does not depend on where the first difference is, so a caller cannot learn a secret
 * (a MAC or a password hash) one byte at a time by timing answers. Lengths are not secret here.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
