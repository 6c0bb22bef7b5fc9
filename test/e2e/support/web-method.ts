/** Where the built page's stub sends `createShareLinks` (docs/ARCHITECTURE.md, "Contracts others rely on"). */
export const WEB_METHOD_PATH = '/_webMethods/src/backend/share-links.web.ts/createShareLinks.ajax';

export type WebMethodReply = { status: number; body: { result?: unknown; exception?: boolean } };

/** Calls a web method (createShareLinks unless `path` names another) over HTTP exactly as the page's stub does. */
export async function callWebMethod(shellUrl: string, token: string, args: unknown[], path = WEB_METHOD_PATH): Promise<WebMethodReply> {
  const response = await fetch(new URL(path, shellUrl), {
    method: 'POST',
    headers: { Authorization: token, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  return { status: response.status, body: (await response.json()) as WebMethodReply['body'] };
}

/** The transport path of another web method of share-links.web.ts, e.g. `listShareLinks`. */
export const webMethodPath = (name: string): string => `/_webMethods/src/backend/share-links.web.ts/${name}.ajax`;
