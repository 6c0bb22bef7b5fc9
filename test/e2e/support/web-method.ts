/** Where the built page's stub sends `createShareLinks` (ARCHITECTURE.md, "Local transport"). */
export const WEB_METHOD_PATH = '/_webMethods/src/backend/share-links.web.ts/createShareLinks.ajax';

export type WebMethodReply = { status: number; body: { result?: unknown; exception?: boolean } };

/** Calls the web method over HTTP exactly as the page's stub does: JSON array of arguments, caller's token. */
export async function callWebMethod(shellUrl: string, token: string, args: unknown[]): Promise<WebMethodReply> {
  const response = await fetch(new URL(WEB_METHOD_PATH, shellUrl), {
    method: 'POST',
    headers: { Authorization: token, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return { status: response.status, body: (await response.json()) as WebMethodReply['body'] };
}
