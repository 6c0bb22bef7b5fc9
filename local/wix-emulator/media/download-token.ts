/**
 * Download tokens with the claims Wix puts in its own (compare the two tokens in generate-file-download-url.txt):
 * iss/sub = Wix's media app, aud = file.download, obj = the one path it opens, dis = name and disposition,
 * red = where to send the browser once expired. Signed HS256 with a per-run secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';

const TOKEN_ISSUER = 'urn:app:e66630e714f0490aaea1f149b3b69e32';
const TOKEN_AUDIENCE = 'urn:service:file.download';

export type DownloadClaims = {
  path: string;
  filename: string;
  disposition: 'attachment' | 'inline';
  redirectUrl?: string;
  issuedAtSeconds: number;
  expiresAtSeconds: number;
};

type WixDownloadPayload = JWTPayload & {
  obj?: Array<Array<{ path?: unknown }>>;
  dis?: { filename?: unknown; type?: unknown };
  red?: unknown;
};

export type VerifiedToken = { path: string; filename: string; disposition: 'attachment' | 'inline'; expiresAtSeconds: number; redirectUrl?: string };

export class DownloadTokens {
  private readonly secret = new Uint8Array(randomBytes(32));

  async sign(claims: DownloadClaims): Promise<string> {
    // Claim order follows Wix's tokens, so a decoded emulator token reads like a real one.
    const payload: Record<string, unknown> = {
      iss: TOKEN_ISSUER,
      sub: TOKEN_ISSUER,
      aud: [TOKEN_AUDIENCE],
      iat: claims.issuedAtSeconds,
      exp: claims.expiresAtSeconds,
      jti: randomUUID(),
      obj: [[{ path: claims.path }]],
    };
    if (claims.redirectUrl) payload.red = claims.redirectUrl;
    payload.dis = { filename: claims.filename, type: claims.disposition };
    return new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(this.secret);
  }

  /** Checks signature and audience only: expiry is judged by the caller against the emulator's clock. */
  async verify(token: string): Promise<VerifiedToken | undefined> {
    try {
      const { payload } = await jwtVerify<WixDownloadPayload>(token, this.secret, {
        algorithms: ['HS256'],
        audience: TOKEN_AUDIENCE,
        issuer: TOKEN_ISSUER,
        currentDate: new Date(0),
      });
      const path = payload.obj?.[0]?.[0]?.path;
      const filename = payload.dis?.filename;
      const type = payload.dis?.type;
      if (typeof path !== 'string' || typeof filename !== 'string' || typeof payload.exp !== 'number') return undefined;
      return {
        path,
        filename,
        disposition: type === 'inline' ? 'inline' : 'attachment',
        expiresAtSeconds: payload.exp,
        redirectUrl: typeof payload.red === 'string' ? payload.red : undefined,
      };
    } catch {
      return undefined;
    }
  }
}
