/**
 * Identities the emulator knows, the way Wix's OAuth service sees them. The main site has dashboard tokens of
 * the site owner, a member and a visitor, and app tokens with Manage or Read-only Media Manager permission; a
 * second installation of the app on another site has its own owner and app tokens, so tests can prove that
 * one site's token never reaches another site's data. Tokens are random per emulator run, so nothing can
 * depend on a fixed secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { applicationError } from '../errors';

/** The app id in wix.config.json; the built backend checks `token-info.clientId` against it. */
export const APP_ID = '00000000-0000-4000-8000-000000000000';
/** What an offline `wix app build` bakes into the backend as `import.meta.env.APP_SECRET`. */
export const APP_SECRET = '__APP_SECRET__';
const INSTANCE_ID = '6b1f0d2e-3c4a-4e5b-9f6a-7d8c9e0f1a2b';
const OTHER_SITE = { siteId: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f', instanceId: '2e4f6a8c-0b1d-4e3f-9a5b-7c9d1e3f5a7b' };

export type MediaScope = 'MANAGE' | 'READ' | 'NONE';
export type SubjectType = 'USER' | 'MEMBER' | 'VISITOR' | 'APP';
export type Installation = { siteId: string; instanceId: string };
export type Identity = { subjectType: SubjectType; subjectId: string; scope: MediaScope; installation: Installation };
export type TokenName = 'admin' | 'member' | 'visitor' | 'app' | 'appReadOnly';
/** The second site: only Wix Data and OAuth; its Media Manager is not emulated, so its tokens have no media scope. */
export type OtherSiteTokens = Installation & { admin: string; app: string };

function token(kind: string): string {
  return `EMU.${kind}.${randomBytes(24).toString('base64url')}`;
}

export class Identities {
  readonly siteId: string;
  /** Fixed, so a local host can hand the same instance id to the backend run after run. */
  readonly instanceId = INSTANCE_ID;
  readonly tokens: Record<TokenName, string>;
  readonly otherSite: OtherSiteTokens;
  private readonly byToken = new Map<string, Identity>();

  constructor(siteId: string) {
    this.siteId = siteId;
    const main: Installation = { siteId, instanceId: INSTANCE_ID };
    this.tokens = {
      admin: token('user'),
      member: token('member'),
      visitor: token('visitor'),
      app: token('app'),
      appReadOnly: token('app'),
    };
    // A dashboard page acts for the owner with the owner's rights, so the USER token may also generate links.
    this.add(this.tokens.admin, { subjectType: 'USER', subjectId: randomUUID(), scope: 'MANAGE', installation: main });
    this.add(this.tokens.member, { subjectType: 'MEMBER', subjectId: randomUUID(), scope: 'NONE', installation: main });
    this.add(this.tokens.visitor, { subjectType: 'VISITOR', subjectId: randomUUID(), scope: 'NONE', installation: main });
    this.add(this.tokens.app, { subjectType: 'APP', subjectId: APP_ID, scope: 'MANAGE', installation: main });
    this.add(this.tokens.appReadOnly, { subjectType: 'APP', subjectId: APP_ID, scope: 'READ', installation: main });
    this.otherSite = { ...OTHER_SITE, admin: token('user'), app: token('app') };
    this.add(this.otherSite.admin, { subjectType: 'USER', subjectId: randomUUID(), scope: 'NONE', installation: OTHER_SITE });
    this.add(this.otherSite.app, { subjectType: 'APP', subjectId: APP_ID, scope: 'NONE', installation: OTHER_SITE });
  }

  identify(authorization: string | undefined): Identity | undefined {
    if (!authorization) return undefined;
    return this.byToken.get(authorization.replace(/^Bearer\s+/i, '').trim());
  }

  /** 401 without a known token. */
  authenticate(authorization: string | undefined): Identity {
    const identity = this.identify(authorization);
    if (!identity) throw applicationError(401, 'UNAUTHENTICATED', 'The request has no valid Authorization header.');
    return identity;
  }

  /** Media Manager calls: 401 without a known token, 403 without the permission the call needs. */
  require(authorization: string | undefined, needed: 'READ' | 'MANAGE'): Identity {
    const identity = this.authenticate(authorization);
    const allowed = needed === 'READ' ? identity.scope !== 'NONE' : identity.scope === 'MANAGE';
    if (!allowed) {
      const permission = needed === 'READ' ? 'Read Media Manager' : 'Manage Media Manager';
      throw applicationError(403, 'PERMISSION_DENIED', `This call needs the "${permission}" permission.`);
    }
    return identity;
  }

  /** The app token an installation's client_credentials grant returns, or undefined for an unknown instance. */
  appTokenFor(instanceId: string): string | undefined {
    if (instanceId === this.instanceId) return this.tokens.app;
    if (instanceId === this.otherSite.instanceId) return this.otherSite.app;
    return undefined;
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
      siteId: identity.installation.siteId,
      instanceId: identity.installation.instanceId,
    };
  }

  private add(value: string, identity: Identity): void {
    this.byToken.set(value, identity);
  }
}
