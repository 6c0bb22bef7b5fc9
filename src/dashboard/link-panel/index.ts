/**
 * The link panel's public entry. The panel itself is a lazy chunk: only the lazy wrapper (the panel's link-making
 * state lives inside it) and what the Links view shares with the panel (the clipboard, the clock, the expiry and
 * limit rules) are exported here, never `LinkPanel`, so importing this entry adds no panel code to the first load.
 */
export { LazyLinkPanel, prefetchLinkPanel } from './LazyLinkPanel';
export { showToast, useClipboard } from './use-clipboard';
// The Links view ticks with the same clock, changes a link's expiry and limit by the form's rules and bounds its bulk
// calls with the same p-limit; exported here so they are part of the first load rather than a third chunk both share
// (which the panel would then need as well: test/e2e/page-code-split.test.ts).
export { useNow } from '../shared/use-now';
export { latestExpiry, resolveExpiry, type ResolvedExpiry } from './expiry';
export { downloadLimitOf } from './download-limit';
export { default as pLimit } from 'p-limit';
