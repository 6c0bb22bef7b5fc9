/**
 * HTML built from strings, with escaping by default. File names, asset keys and anything else an owner or a
 * visitor influenced only reach the page through `escapeHtml`; markup the page itself writes is wrapped as `Html`.
 */
import { formatMessage, type MessageValue } from '../../common/i18n/message-format';

export type Html = { readonly html: string };

export const html = (markup: string): Html => ({ html: markup });

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Stands for an `Html` value while the message is formatted; stripped from every string value first. */
const SLOT = '\u0000';

/**
 * An ICU message (common/i18n/message-format.ts) as HTML: the message's own text and every string value are
 * escaped, `Html` values are inserted as they are. A placeholder without a value stays visible, so a missing
 * value shows up in tests rather than as a silently shorter sentence.
 */
export function sentence(template: string, values: Record<string, MessageValue | Html> = {}, locale = 'en'): Html {
  const markup: string[] = [];
  const plain = Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (typeof value === 'object') return [name, `${SLOT}${markup.push(value.html) - 1}${SLOT}`];
      return [name, typeof value === 'string' ? value.replaceAll(SLOT, '') : value];
    }),
  );
  const text = escapeHtml(formatMessage(template, plain, locale));
  return html(text.replace(new RegExp(`${SLOT}(\\d+)${SLOT}`, 'g'), (_, index: string) => markup[Number(index)] ?? ''));
}
