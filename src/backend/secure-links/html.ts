/**
 * HTML built from strings, with escaping by default. File names, asset keys and anything else an owner or a
 * visitor influenced only reach the page through `escapeHtml`; markup the page itself writes is wrapped as `Html`.
 */
export type Html = { readonly html: string };

export const html = (markup: string): Html => ({ html: markup });

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A message template with `{name}` placeholders as HTML: the template's own text and every string value are
 * escaped, `Html` values are inserted as they are. A placeholder without a value stays visible, so a missing
 * value shows up in tests rather than as a silently shorter sentence.
 */
export function sentence(template: string, values: Record<string, string | Html> = {}): Html {
  const parts = template.split(/(\{[a-zA-Z]+\})/);
  return html(
    parts
      .map((part) => {
        const value = /^\{[a-zA-Z]+\}$/.test(part) ? values[part.slice(1, -1)] : undefined;
        if (value === undefined) return escapeHtml(part);
        return typeof value === 'string' ? escapeHtml(value) : value.html;
      })
      .join(''),
  );
}
