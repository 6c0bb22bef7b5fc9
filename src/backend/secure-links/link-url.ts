/**
 * The one place a secure link's URL is composed. `functionsBaseUrl` is where the runtime serves the app's HTTP
 * functions (on Wix `import.meta.env.BASE_API_URL`, which ends in `/functions`; locally the shell's
 * `/functions`), and `l` is the HTTP function's folder, one letter to keep the URL short.
 */
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
