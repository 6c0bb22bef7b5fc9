/**
 * The page a recipient sees, as one HTML string with its CSS: no framework, readable on a phone, well under
 * 15 kB. It shows the file's name, type and size (hidden behind the password when there is one, since a name can
 * say as much as the file), the expiry, downloads left, and one button per asset, and nothing else about the
 * site.
 *
 * The expiry is drawn in UTC, named, in the recipient's locale, which is right even without scripts; a small
 * nonce'd script then rewrites it into the browser's own time zone and names that zone. The server cannot know
 * the zone (Accept-Language says nothing about it, and IP geolocation is a guess), the browser can.
 */
import { formatSize } from '../../common/format';
import { formatMoment, formatRelative } from '../../common/moments';
import { numberFormat } from '../../common/i18n/intl-cache';
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import type { ContentDisposition } from '../../common/share-links';
import { escapeHtml, html, sentence, type Html } from './html';
import type { Language } from '../../common/i18n/languages';
import { recipientCatalogs, type RecipientMessage } from './recipient-messages';

export type FileView = {
  kind: 'FILE';
  /** Undefined while a password hides them. */
  file?: { name: string; mediaType: string; sizeInBytes?: number };
  expiresAt: Date;
  /** For "in 7 days": the request's time, not the render's. */
  now: Date;
  downloads?: { left: number; max: number };
  assetKeys: string[];
  contentDisposition: ContentDisposition;
  password?: { problem?: 'REQUIRED' | 'WRONG'; waitSeconds: number };
  notice?: 'CHOOSE_ASSET' | 'RETRY';
};

export type EndView = { kind: 'NOT_FOUND' | 'EXPIRED' | 'REVOKED' | 'USED_UP' | 'UNAVAILABLE' | 'BAD_REQUEST' };

export type PageView = FileView | EndView;

export type PageContext = { language: Language; nonce: string };

/** The recipient's words and the locale their values are formatted in. */
type Words = { m: Readonly<Record<RecipientMessage, string>>; locale: string; lang: string };

const wordsFor = ({ catalog, locale }: Language): Words => ({ m: recipientCatalogs[catalog], locale, lang: catalog });

const END_PAGES: Record<EndView['kind'], [RecipientMessage, RecipientMessage]> = {
  NOT_FOUND: ['notFoundHeading', 'notFoundBody'],
  EXPIRED: ['expiredHeading', 'expiredBody'],
  REVOKED: ['revokedHeading', 'revokedBody'],
  USED_UP: ['usedUpHeading', 'usedUpBody'],
  UNAVAILABLE: ['unavailableHeading', 'unavailableBody'],
  BAD_REQUEST: ['badRequestHeading', 'badRequestBody'],
};

const MEDIA_KINDS: Record<string, RecipientMessage> = {
  IMAGE: 'mediaImage',
  VIDEO: 'mediaVideo',
  AUDIO: 'mediaAudio',
  DOCUMENT: 'mediaDocument',
  VECTOR: 'mediaVector',
  ARCHIVE: 'mediaArchive',
  MODEL3D: 'mediaModel',
};

const CSS = `*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f4f5f7}
main{max-width:34rem;margin:0 auto;padding:2rem 1.25rem}section{background:#fff;border:1px solid #d6d9de;border-radius:12px;padding:1.5rem}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 1rem}p{margin:0 0 1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dt{color:#4a5360}dd{margin:0;overflow-wrap:anywhere}.note{border-left:4px solid #b3261e;padding-left:.75rem}
label{display:block;font-weight:600;margin-bottom:.25rem}input{width:100%;font:inherit;padding:.7rem;border:1px solid #767f8c;border-radius:8px;margin-bottom:1rem}
button{display:block;width:100%;min-height:3rem;font:inherit;font-weight:600;color:#fff;background:#1656d6;border:0;border-radius:8px;margin-top:.75rem;cursor:pointer}
button:hover{background:#0f44ad}:focus-visible{outline:3px solid #f5a623;outline-offset:2px}.muted{color:#4a5360;font-size:.9rem}
@media (prefers-color-scheme:dark){body{color:#e8eaed;background:#15171a}section{background:#1f2226;border-color:#3a3f45}dt,.muted{color:#b0b7c0}input{background:#15171a;color:inherit}}`;

/** Mirrors `formatMoment` in the browser, with the browser's own zone; left as drawn if Intl fails there. */
const LOCAL_TIME_SCRIPT = `for(const t of document.querySelectorAll('time[data-local]')){try{const z=Intl.DateTimeFormat().resolvedOptions().timeZone;t.textContent=new Intl.DateTimeFormat(t.dataset.local,{weekday:'short',year:'numeric',month:'short',day:'numeric',hour:'2-digit',minute:'2-digit',timeZoneName:'short'}).format(new Date(t.dateTime))+' ('+z+')'}catch(e){}}`;

function htmlDocument(title: string, body: Html, nonce: string, withScript: boolean, lang: string): string {
  const script = withScript ? `<script nonce="${nonce}">${LOCAL_TIME_SCRIPT}</script>` : '';
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style nonce="${nonce}">${CSS}</style></head><body><main><section>${body.html}</section></main>${script}</body></html>`;
}

const paragraph = (content: Html, className?: string) => `<p${className ? ` class="${className}"` : ''}>${content.html}</p>`;

function typeText(name: string, mediaType: string, { m, locale }: Words): string {
  const kind = m[MEDIA_KINDS[mediaType] ?? 'mediaOther'];
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1];
  return extension ? sentence(m.typeWithExtension, { kind, extension: extension.toUpperCase() }, locale).html : escapeHtml(kind);
}

function waitText(seconds: number, locale: string): string {
  const minutes = Math.ceil(seconds / 60);
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [minutes, 'minute'];
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

function buttonLabel(assetKey: string, single: boolean, disposition: ContentDisposition, { m, locale }: Words): string {
  const open = disposition === 'INLINE';
  if (single) return open ? m.open : m.download;
  if (assetKey === ORIGINAL_ASSET_KEY) return open ? m.openOriginal : m.downloadOriginal;
  return sentence(open ? m.openFormat : m.downloadFormat, { format: assetKey }, locale).html;
}

function fileBody(view: FileView, words: Words): Html {
  const { m, locale } = words;
  const say = (template: string, values?: Parameters<typeof sentence>[1]) => sentence(template, values, locale);
  const parts: string[] = [`<h1>${escapeHtml(view.file ? m.fileHeading : m.protectedHeading)}</h1>`];
  if (view.notice) parts.push(paragraph(say(view.notice === 'CHOOSE_ASSET' ? m.chooseAsset : m.downloadRetry), 'note'));
  if (view.file) {
    const size = view.file.sizeInBytes === undefined ? '' : formatSize(String(view.file.sizeInBytes), locale);
    parts.push(
      `<dl><dt>${escapeHtml(m.nameLabel)}</dt><dd>${escapeHtml(view.file.name)}</dd><dt>${escapeHtml(m.typeLabel)}</dt><dd>${typeText(view.file.name, view.file.mediaType, words)}</dd>` +
        (size ? `<dt>${escapeHtml(m.sizeLabel)}</dt><dd>${escapeHtml(size)}</dd>` : '') +
        '</dl>',
    );
  } else {
    parts.push(paragraph(say(m.protectedIntro)));
  }
  const expiry = html(
    `<time datetime="${view.expiresAt.toISOString()}" data-local="${escapeHtml(locale)}">${escapeHtml(formatMoment(view.expiresAt, locale, 'UTC'))}</time>`,
  );
  parts.push(paragraph(say(m.expiresAt, { expiry, relative: formatRelative(view.expiresAt, view.now, locale) })));
  if (view.downloads) parts.push(paragraph(say(m.downloadsLeft, { left: view.downloads.left, max: view.downloads.max })));
  parts.push('<form method="post">');
  if (view.password) {
    const { problem, waitSeconds } = view.password;
    if (waitSeconds > 0) parts.push(paragraph(say(m.passwordThrottled, { wait: waitText(waitSeconds, locale) }), 'note'));
    else if (problem) parts.push(paragraph(say(problem === 'WRONG' ? m.passwordWrong : m.passwordRequired), 'note'));
    parts.push(
      `<label for="password">${escapeHtml(m.passwordLabel)}</label><input id="password" name="password" type="password" required autocomplete="off" maxlength="512"${problem ? ' autofocus aria-invalid="true"' : ''}>`,
    );
  }
  const single = view.assetKeys.length === 1;
  for (const key of view.assetKeys) {
    parts.push(`<button type="submit" name="asset" value="${escapeHtml(key)}">${buttonLabel(key, single, view.contentDisposition, words)}</button>`);
  }
  parts.push('</form>');
  if (view.contentDisposition === 'INLINE') parts.push(paragraph(say(m.openNote), 'muted'));
  return html(parts.join(''));
}

export function renderRecipientPage(view: PageView, context: PageContext): string {
  const words = wordsFor(context.language);
  const { m } = words;
  if (view.kind === 'FILE') {
    return htmlDocument(view.file ? m.fileHeading : m.protectedHeading, fileBody(view, words), context.nonce, true, words.lang);
  }
  const [heading, body] = END_PAGES[view.kind];
  const page = html(`<h1>${escapeHtml(m[heading])}</h1>${paragraph(sentence(m[body], {}, words.locale))}`);
  return htmlDocument(m[heading], page, context.nonce, false, words.lang);
}
