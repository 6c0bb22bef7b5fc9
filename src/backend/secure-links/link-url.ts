/**
 * The one place a secure link's URL is composed. `functionsBaseUrl` is where the runtime serves the app's HTTP
 * functions (on Wix `import.meta.env.BASE_API_URL`, which ends in `/functions`; locally the shell's
 * `/functions`), and `l` is the HTTP function's folder, one letter to keep the URL short.
 */
import { MAX_LINK_BASE_URL_LENGTH } from '../../common/limits';

/**
 * The base a caller gave, without trailing slashes, if it can be where the functions are served: an absolute
 * http(s) URL whose path ends in `/functions`, with no user name, query or fragment (the token must be the last
 * thing in the URL); else undefined. The page is not a security boundary, and the base ends up in every link
 * the owner sends, so it is checked here.
 */
export function checkLinkBaseUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LINK_BASE_URL_LENGTH) return undefined;
  const base = value.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return undefined;
  }
  const plain = (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  // The parsed form is what is kept, so no dot segment or backslash can hide another path; an empty `?` or `#`
  // survives parsing only in href.
  const href = url.href;
  return plain && !/[?#]/.test(href) && url.pathname.endsWith('/functions') ? href : undefined;
}

export function secureLinkUrl(functionsBaseUrl: string, token: string): string {
  return `${functionsBaseUrl.replace(/\/+$/, '')}/l/${token}`;
}

/** The token segment of a request to the secure-link function: whatever follows `/l/`, or undefined. */
export function tokenFromUrl(url: string): string | undefined {
  try {
    const match = /\/l\/([^/]*)\/?$/.exec(new URL(url).pathname);
    return match?.[1] || undefined;
  } catch {
    return undefined;
  }
}
