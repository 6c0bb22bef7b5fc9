import { describe, expect, it } from 'vitest';
import { normalizeRedirectUrl } from '../../../src/common/redirect-url';
import { apiMessages } from '../../../src/common/api-messages';

describe('normalizeRedirectUrl', () => {
  it.each([
    ['https://mysite.com/expired', 'https://mysite.com/expired'],
    ['http://mysite.com/expired?x=1#y', 'http://mysite.com/expired?x=1#y'],
    ['HTTPS://MySite.com/Store', 'https://mysite.com/Store'],
    ['mysite.com/store', 'https://mysite.com/store'],
    ['www.mysite.com', 'https://www.mysite.com/'],
    ['mysite.com:8080/store', 'https://mysite.com:8080/store'],
    ['  mysite.com/store  ', 'https://mysite.com/store'],
    ['localhost:4321/expired', 'https://localhost:4321/expired'],
    ['http://127.0.0.1:4321/expired', 'http://127.0.0.1:4321/expired'],
  ])('accepts %s as %s', (input, url) => {
    expect(normalizeRedirectUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:', 'javascript:alert(1)', apiMessages.redirectScheme('javascript')],
    ['data:', 'data:text/html,<b>x</b>', apiMessages.redirectScheme('data')],
    ['ftp:', 'ftp://mysite.com/file', apiMessages.redirectScheme('ftp')],
    ['mailto:', 'mailto:me@mysite.com', apiMessages.redirectScheme('mailto')],
    ['an absolute path', '/store', apiMessages.redirectRelative],
    ['a relative path', './store', apiMessages.redirectRelative],
    ['a protocol-relative URL', '//mysite.com/store', apiMessages.redirectRelative],
    ['a single word', 'store', apiMessages.redirectRelative],
    ['an empty string', '   ', apiMessages.redirectEmpty],
    ['a space inside', 'https://my site.com/', apiMessages.redirectInvalid],
    ['credentials', 'https://user:pw@mysite.com/', apiMessages.redirectCredentials],
    ['a scheme with no host', 'https://', apiMessages.redirectInvalid],
    ['a host without a dot', 'https://intranet/x', apiMessages.redirectInvalid],
    ['a very long URL', `https://mysite.com/${'a'.repeat(2100)}`, apiMessages.redirectTooLong],
  ])('rejects %s', (_, input, message) => {
    expect(normalizeRedirectUrl(input)).toEqual({ ok: false, message });
  });
});
