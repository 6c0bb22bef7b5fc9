/**
 * The link panel's public entry. The panel itself is a lazy chunk: only the lazy wrapper (the panel's link-making
 * state lives inside it) and what the Links view shares with the panel (the expiry and limit rules fetched with the
 * panel's chunk) are exported here, never `LinkPanel`, so importing this entry adds no panel code to the first load.
 * The clock, the clipboard and toasts both views use come from the views kit (shared/views-kit.ts).
 */
export { LazyLinkPanel, loadLinkRules, prefetchLinkPanel } from './LazyLinkPanel';
export type { LinkRules } from './link-rules';
export type { ResolvedExpiry } from './expiry';
