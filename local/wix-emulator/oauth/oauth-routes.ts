/**
 * Wix's OAuth endpoints as the built backend uses them: `token-info` to learn who is calling (web-method
 * permissions), and `token` to get an app token for an instance (elevation, and AppStrategy with an instance
 * id, which sends `{instance_id, client_id, client_secret, grant_type: "client_credentials"}`) or to unbind a
 * dashboard token.
 */
import { z } from 'zod';
import type { Identities } from './auth';
import { APP_ID, APP_SECRET } from './auth';
import { applicationError } from '../errors';
import { parseBody } from '../validation';

const APP_TOKEN_LIFETIME_SECONDS = 4 * 3600;

export function tokenInfo(body: unknown, identities: Identities) {
  const { token } = parseBody(z.object({ token: z.string().min(1) }), body);
  return identities.tokenInfo(token);
}

const tokenRequestSchema = z.discriminatedUnion('grant_type', [
  z.object({ grant_type: z.literal('client_credentials'), instance_id: z.string(), client_id: z.string(), client_secret: z.string() }),
  z.object({ grant_type: z.literal('strip_bound_session'), access_token: z.string() }),
]);

export function oauthToken(body: unknown, identities: Identities) {
  const request = parseBody(tokenRequestSchema, body);
  if (request.grant_type === 'client_credentials') {
    // OAuth 2.0's invalid_client: wrong credentials are told apart from an unknown installation.
    if (request.client_id !== APP_ID || request.client_secret !== APP_SECRET) {
      throw applicationError(401, 'INVALID_CLIENT', 'The app id or the app secret is not valid.');
    }
    const accessToken = identities.appTokenFor(request.instance_id);
    if (!accessToken) {
      throw applicationError(400, 'INVALID_GRANT', 'No installation of this app matches that app id and instance id.');
    }
    return { access_token: accessToken, token_type: 'Bearer', expires_in: APP_TOKEN_LIFETIME_SECONDS };
  }
  // An unbound token keeps the caller's identity; handing the same token back preserves exactly that.
  if (!identities.identify(request.access_token)) {
    throw applicationError(400, 'INVALID_GRANT', 'The access token is not valid.');
  }
  return { access_token: request.access_token, token_type: 'Bearer', expires_in: APP_TOKEN_LIFETIME_SECONDS };
}
