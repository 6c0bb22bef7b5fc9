/**
 * Wix's OAuth endpoints as the built backend uses them: `token-info` to learn who is calling (web-method
 * permissions), and `token` to get an app token for an instance (elevation) or to unbind a dashboard token.
 */
import { z } from 'zod';
import type { Identities } from './auth';
import { APP_ID } from './auth';
import { applicationError } from './errors';
import { parseBody } from './validation';

const APP_TOKEN_LIFETIME_SECONDS = 4 * 3600;

export function tokenInfo(body: unknown, identities: Identities) {
  const { token } = parseBody(z.object({ token: z.string().min(1) }), body);
  return identities.tokenInfo(token);
}

const tokenRequestSchema = z.discriminatedUnion('grant_type', [
  z.object({ grant_type: z.literal('client_credentials'), instance_id: z.string(), client_id: z.string(), client_secret: z.string().optional() }),
  z.object({ grant_type: z.literal('strip_bound_session'), access_token: z.string() }),
]);

export function oauthToken(body: unknown, identities: Identities) {
  const request = parseBody(tokenRequestSchema, body);
  if (request.grant_type === 'client_credentials') {
    if (request.client_id !== APP_ID || request.instance_id !== identities.instanceId) {
      throw applicationError(400, 'INVALID_GRANT', 'No installation of this app matches that app id and instance id.');
    }
    return { access_token: identities.tokens.app, token_type: 'Bearer', expires_in: APP_TOKEN_LIFETIME_SECONDS };
  }
  // An unbound token keeps the caller's identity; handing the same token back preserves exactly that.
  if (!identities.identify(request.access_token)) {
    throw applicationError(400, 'INVALID_GRANT', 'The access token is not valid.');
  }
  return { access_token: request.access_token, token_type: 'Bearer', expires_in: APP_TOKEN_LIFETIME_SECONDS };
}
