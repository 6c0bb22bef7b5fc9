/**
 * The link panel's public entry. The panel itself is a lazy chunk: only the lazy wrapper (the panel's link-making
 * state lives inside it) and the clipboard hook the Links view shares are exported here, never `LinkPanel`,
 * so importing this entry adds no panel code to the page's first load.
 */
export { LazyLinkPanel, prefetchLinkPanel } from './LazyLinkPanel';
export { showToast, useClipboard } from './use-clipboard';
// The Links view ticks with the same clock; exported here so it is part of the first load rather than a chunk both share.
export { useNow } from '../shared/use-now';
