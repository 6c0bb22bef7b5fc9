/** The claims of a download URL's token, read without the app's code: what the link really allows. */
export function tokenClaims(url: string): { iat: number; exp: number } {
  const token = new URL(url).searchParams.get('token') ?? '';
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString()) as { iat: number; exp: number };
}
