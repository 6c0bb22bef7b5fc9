import { decodeJwt } from 'jose';

/** The claims of a download URL's token, read without the app's code: what the link really allows. */
export function tokenClaims(url: string): { iat: number; exp: number } {
  const { iat, exp } = decodeJwt(new URL(url).searchParams.get('token') ?? '');
  if (iat === undefined || exp === undefined) throw new Error('The download token has no iat or exp claim.');
  return { iat, exp };
}
