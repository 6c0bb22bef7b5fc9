import { describe, expect, it } from 'vitest';
import { classifyRequest, isPrefetchOrPreview, MAX_FORM_BYTES } from '../../../src/backend/secure-links/request-classification';

const url = 'https://backend.test/functions/l/token';
const form = (body: string, headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

describe('classifyRequest', () => {
  it('lets GET and HEAD only view', async () => {
    expect(await classifyRequest(new Request(url))).toEqual({ kind: 'VIEW' });
    expect(await classifyRequest(new Request(url, { method: 'HEAD' }))).toEqual({ kind: 'VIEW' });
  });

  it('reads password and asset from a form POST', async () => {
    expect(await classifyRequest(form('password=p%C3%A4ss+word&asset=320kbs.mp3'))).toEqual({
      kind: 'DOWNLOAD',
      password: 'päss word',
      assetKey: '320kbs.mp3',
    });
    expect(await classifyRequest(form('', { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }))).toEqual({
      kind: 'DOWNLOAD',
      password: undefined,
      assetKey: undefined,
    });
  });

  it('turns a prefetching or previewing POST into a view', async () => {
    expect(await classifyRequest(form('asset=src', { 'sec-purpose': 'prefetch;prerender' }))).toEqual({ kind: 'VIEW' });
    expect(await classifyRequest(form('asset=src', { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' }))).toEqual({ kind: 'VIEW' });
  });

  it('refuses other bodies and methods', async () => {
    expect(await classifyRequest(new Request(url, { method: 'POST', body: '{"asset":"src"}', headers: { 'content-type': 'application/json' } }))).toEqual({ kind: 'BAD_FORM' });
    expect(await classifyRequest(form(`password=${'x'.repeat(MAX_FORM_BYTES)}`))).toEqual({ kind: 'BAD_FORM' });
    expect(await classifyRequest(form('asset=src', { 'content-length': String(MAX_FORM_BYTES + 1) }))).toEqual({ kind: 'BAD_FORM' });
    expect(await classifyRequest(new Request(url, { method: 'PUT', body: 'x' }))).toEqual({ kind: 'METHOD_NOT_ALLOWED' });
    expect(await classifyRequest(new Request(url, { method: 'DELETE' }))).toEqual({ kind: 'METHOD_NOT_ALLOWED' });
  });
});

describe('isPrefetchOrPreview', () => {
  const agents = {
    Slackbot: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    Facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    WhatsApp: 'WhatsApp/2.23.20.0 A',
    Twitter: 'Twitterbot/1.0',
    LinkedIn: 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    Discord: 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
    Telegram: 'TelegramBot (like TwitterBot)',
    Google: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    Skype: 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5',
  };

  it.each(Object.entries(agents))('recognises %s', (_, agent) => {
    expect(isPrefetchOrPreview(new Headers({ 'user-agent': agent }))).toBe(true);
  });

  it('recognises prefetch headers', () => {
    expect(isPrefetchOrPreview(new Headers({ 'sec-purpose': 'prefetch' }))).toBe(true);
    expect(isPrefetchOrPreview(new Headers({ purpose: 'prefetch' }))).toBe(true);
    expect(isPrefetchOrPreview(new Headers({ 'x-moz': 'prefetch' }))).toBe(true);
  });

  it('leaves people, including those in in-app browsers and headless test browsers, alone', () => {
    for (const agent of [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/440.0]',
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Instagram 312.0',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    ]) {
      expect(isPrefetchOrPreview(new Headers({ 'user-agent': agent }))).toBe(false);
    }
    expect(isPrefetchOrPreview(new Headers())).toBe(false);
  });
});
