/**
 * What a request to a secure link asks for. Only a person's click counts and mints: a POST from the page's form.
 * Everything else sees the page and changes nothing, because mail scanners, chat previews and browser prefetch
 * open links on their own, and a limit of one download must not be used up by them.
 */
export type LinkRequest =
  | { kind: 'VIEW' }
  | { kind: 'DOWNLOAD'; password?: string; assetKey?: string }
  | { kind: 'BAD_FORM' }
  | { kind: 'METHOD_NOT_ALLOWED' };

/**
 * Unfurlers and crawlers that fetch links pasted into chats, mail and posts, by the names they give themselves.
 * Only the fetchers' own names: the in-app browsers of the same apps (FBAN, Instagram, LinkedInApp, Pinterest,
 * Snapchat) carry real people, who must be able to download.
 */
const PREVIEW_AGENTS =
  /slackbot|slack-imgproxy|facebookexternalhit|facebot|meta-externalagent|whatsapp\/|twitterbot|linkedinbot|discordbot|telegrambot|googlebot|google-inspectiontool|bingbot|bingpreview|applebot|skypeuripreview|microsoftpreview|pinterestbot|redditbot|embedly|iframely|vkshare|mastodon\/|cardyb|yandexbot|baiduspider|duckduckbot|petalbot|bytespider|gptbot|claudebot|ahrefsbot|semrushbot/i;

/** A form is a few short fields; anything larger is not from the page. */
export const MAX_FORM_BYTES = 4096;

export function isPrefetchOrPreview(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  if (/prefetch|prerender|preview/i.test(purpose)) return true;
  return PREVIEW_AGENTS.test(headers.get('user-agent') ?? '');
}

export async function classifyRequest(request: Request): Promise<LinkRequest> {
  const method = request.method.toUpperCase();
  if (method === 'GET' || method === 'HEAD') return { kind: 'VIEW' };
  if (method !== 'POST') return { kind: 'METHOD_NOT_ALLOWED' };
  if (isPrefetchOrPreview(request.headers)) return { kind: 'VIEW' };
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (type !== 'application/x-www-form-urlencoded' || !(declared <= MAX_FORM_BYTES)) return { kind: 'BAD_FORM' };
  let body: string;
  try {
    body = await request.text();
  } catch {
    return { kind: 'BAD_FORM' };
  }
  if (body.length > MAX_FORM_BYTES) return { kind: 'BAD_FORM' };
  const form = new URLSearchParams(body);
  return { kind: 'DOWNLOAD', password: form.get('password') ?? undefined, assetKey: form.get('asset') ?? undefined };
}
