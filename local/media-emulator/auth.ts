/**
 * Identities the emulator knows, the way Wix's OAuth service sees them: dashboard tokens of the site owner,
 * a member and a visitor, and app tokens with Manage or Read-only Media Manager permission. Tokens are random
 * per emulator run, so nothing can depend on a fixed secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { applicationError } from './errors';

/** The app id in wix.config.json; the built backend checks `token-info.clientId` against it. */
export const APP_ID = '00000000-0000-4000-8000-000000000000';
const INSTANCE_ID = '6b1f0d2e-3c4a-4e5b-9f6a-7d8c9e0f1a2b';

export type MediaScope = 'MANAGE' | 'READ' | 'NONE';
export type SubjectType = 'USER' | 'MEMBER' | 'VISITOR' | 'APP';
export type Identity = { subjectType: SubjectType; subjectId: string; scope: MediaScope };
export type TokenName = 'admin' | 'member' | 'visitor' | 'app' | 'appReadOnly';

function token(kind: string): string {
  return `EMU.${kind}.${randomBytes(24).toString('base64url')}`;
}

export class Identities {
  readonly siteId: string;
  /** Fixed, so a local host can hand the same instance id to the backend run after run. */
  readonly instanceId = INSTANCE_ID;
  readonly tokens: Record<TokenName, string>;
  private readonly byToken = new Map<string, Identity>();

  constructor(siteId: string) {
    this.siteId = siteId;
    this.tokens = {
      admin: token('user'),
      member: token('member'),
      visitor: token('visitor'),
      app: token('app'),
      appReadOnly: token('app'),
    };
    // A dashboard page acts for the owner with the owner's rights, so the USER token may also generate links.
    this.byToken.set(this.tokens.admin, { subjectType: 'USER', subjectId: randomUUID(), scope: 'MANAGE' });
    this.byToken.set(this.tokens.member, { subjectType: 'MEMBER', subjectId: randomUUID(), scope: 'NONE' });
    this.byToken.set(this.tokens.visitor, { subjectType: 'VISITOR', subjectId: randomUUID(), scope: 'NONE' });
    this.byToken.set(this.tokens.app, { subjectType: 'APP', subjectId: APP_ID, scope: 'MANAGE' });
    this.byToken.set(this.tokens.appReadOnly, { subjectType: 'APP', subjectId: APP_ID, scope: 'READ' });
  }

  identify(authorization: string | undefined): Identity | undefined {
    if (!authorization) return undefined;
    return this.byToken.get(authorization.replace(/^Bearer\s+/i, '').trim());
  }

  /** Media Manager calls: 401 without a known token, 403 without the permission the call needs. */
  require(authorization: string | undefined, needed: 'READ' | 'MANAGE'): Identity {
    const identity = this.identify(authorization);
    if (!identity) {
      throw applicationError(401, 'UNAUTHENTICATED', 'The request has no valid Authorization header.');
    }
    const allowed = needed === 'READ' ? identity.scope !== 'NONE' : identity.scope === 'MANAGE';
    if (!allowed) {
      const permission = needed === 'READ' ? 'Read Media Manager' : 'Manage Media Manager';
      throw applicationError(403, 'PERMISSION_DENIED', `This call needs the "${permission}" permission.`);
    }
    return identity;
  }

  tokenInfo(token: unknown) {
    const identity = typeof token === 'string' ? this.identify(token) : undefined;
    if (!identity) throw applicationError(401, 'UNAUTHENTICATED', 'The token is not valid.');
    const nowSeconds = Math.floor(Date.now() / 1000);
    return {
      active: true,
      subjectType: identity.subjectType,
      subjectId: identity.subjectId,
      exp: String(nowSeconds + 4 * 3600),
      iat: String(nowSeconds),
      clientId: APP_ID,
      siteId: this.siteId,
      instanceId: this.instanceId,
    };
  }
}
