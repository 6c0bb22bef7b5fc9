/**
 * The expiration redirect URL: where a recipient lands once a link has expired. Pure, so the page can
 * check the field as the owner types and the backend applies the same rule to whatever arrives.
 */
import { MAX_REDIRECT_URL_LENGTH } from './limits';
import { apiMessages } from './api-messages';

export type RedirectUrlCheck = { ok: true; url: string } | { ok: false; message: string };

// "scheme://..." is an explicit scheme; "javascript:alert(1)" and "data:..." are schemes without an
// authority. "mysite.com:8080/x" is not a scheme: a port is digits.
const SCHEME_WITH_AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\//i;
const SCHEME_WITHOUT_AUTHORITY = /^([a-z][a-z0-9+.-]*):(?!\d)/i;
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/** Accepts http(s) URLs and bare `host/path` (taken as https, as Wix's own examples do). */
export function normalizeRedirectUrl(input: string): RedirectUrlCheck {
  const value = input.trim();
  if (value === '') return { ok: false, message: apiMessages.redirectEmpty };
  if (value.length > MAX_REDIRECT_URL_LENGTH) return { ok: false, message: apiMessages.redirectTooLong };
  if (WHITESPACE_OR_CONTROL.test(value)) return { ok: false, message: apiMessages.redirectInvalid };

  const scheme = (SCHEME_WITH_AUTHORITY.exec(value) ?? SCHEME_WITHOUT_AUTHORITY.exec(value))?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return { ok: false, message: apiMessages.redirectScheme(scheme) };
  }
  if (scheme === undefined && /^[/.\\]/.test(value)) return { ok: false, message: apiMessages.redirectRelative };

  let url: URL;
  try {
    url = new URL(scheme === undefined ? `https://${value}` : value);
  } catch {
    return { ok: false, message: apiMessages.redirectInvalid };
  }
  if (url.username !== '' || url.password !== '') return { ok: false, message: apiMessages.redirectCredentials };
  // A single word such as "store" is far more likely a relative path than a host name.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, message: scheme === undefined ? apiMessages.redirectRelative : apiMessages.redirectInvalid };
  }
  return { ok: true, url: url.href };
}
