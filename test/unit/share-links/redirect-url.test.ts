import { describe, expect, it } from 'vitest';
import { normalizeRedirectUrl } from '../../../src/common/redirect-url';
import { messages } from '../../../src/common/share-link-messages';

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
    ['javascript:', 'javascript:alert(1)', messages.redirectScheme('javascript')],
    ['data:', 'data:text/html,<b>x</b>', messages.redirectScheme('data')],
    ['ftp:', 'ftp://mysite.com/file', messages.redirectScheme('ftp')],
    ['mailto:', 'mailto:me@mysite.com', messages.redirectScheme('mailto')],
    ['an absolute path', '/store', messages.redirectRelative],
    ['a relative path', './store', messages.redirectRelative],
    ['a protocol-relative URL', '//mysite.com/store', messages.redirectRelative],
    ['a single word', 'store', messages.redirectRelative],
    ['an empty string', '   ', messages.redirectEmpty],
    ['a space inside', 'https://my site.com/', messages.redirectInvalid],
    ['credentials', 'https://user:pw@mysite.com/', messages.redirectCredentials],
    ['a scheme with no host', 'https://', messages.redirectInvalid],
    ['a host without a dot', 'https://intranet/x', messages.redirectInvalid],
    ['a very long URL', `https://mysite.com/${'a'.repeat(2100)}`, messages.redirectTooLong],
  ])('rejects %s', (_, input, message) => {
    expect(normalizeRedirectUrl(input)).toEqual({ ok: false, message });
  });
});
