/**
 * The link panel's public entry. The panel itself is a lazy chunk: only the lazy wrapper (the panel's link-making
 * state lives inside it) and what the Links view shares with the panel (the clipboard, the clock, and the expiry
 * and limit rules fetched with the panel's chunk) are exported here, never `LinkPanel`, so importing this entry adds
 * no panel code to the first load.
 */
export { LazyLinkPanel, loadLinkRules, prefetchLinkPanel } from './LazyLinkPanel';
export type { LinkRules } from './link-rules';
export type { ResolvedExpiry } from './expiry';
export { showToast, useClipboard } from './use-clipboard';
// The Links view ticks with the same clock; exported here so it is part of the first load rather than a third chunk
// both share (which the panel would then need as well: test/e2e/page-code-split.test.ts).
export { useNow } from '../shared/use-now';
