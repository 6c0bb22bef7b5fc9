/**
 * The public secure link, served by Wix at `{backend origin}/functions/l/<token>`. Wiring only: the rules are in
 * ../../secure-links/. Wix's runtime answers HEAD itself (404) before this code runs, so only GET and POST exist.
 */
import { handleSecureLinkRequest } from '../../secure-links/handler';
import { wixSecureLinkDeps } from '../../secure-links/wix-secure-link';

export const GET = (request: Request): Promise<Response> => handleSecureLinkRequest(wixSecureLinkDeps, request);
export const POST = GET;
