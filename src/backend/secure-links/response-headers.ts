/**
 * Every response of the secure link, built with `new Response(body, { status, headers })`: Wix's runtime appends
 * CORS headers afterwards, which turns a response with immutable headers (`Response.redirect`, a fetched
 * response) into a 500.
 */

/** A fresh CSP nonce per response: 128 random bits. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Nothing is cached, indexed, framed or sent on as a Referer (the URL is the secret). The page may run only its
 * own nonce'd style and script. Its form may go to the link itself and from there, by redirect, to Wix's download
 * host or the owner's after-expiry page, which browsers also check against `form-action`; neither host is known
 * when the page is drawn, so any http(s) target is allowed and other schemes are not.
 */
function baseHeaders(): Record<string, string> {
  return {
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex, nofollow',
    'X-Content-Type-Options': 'nosniff',
  };
}

export function pageHeaders(nonce: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...baseHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `script-src 'nonce-${nonce}'`,
      "form-action 'self' http: https:",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'X-Frame-Options': 'DENY',
    ...extra,
  };
}

export function pageResponse(status: number, body: string | null, nonce: string, extra?: Record<string, string>): Response {
  return new Response(body, { status, headers: pageHeaders(nonce, extra) });
}

/** 303 after a download POST (the browser then GETs the file), 302 to an expired link's owner-chosen page. */
export function redirectResponse(status: 302 | 303, location: string): Response {
  return new Response(null, { status, headers: { ...baseHeaders(), Location: location } });
}
