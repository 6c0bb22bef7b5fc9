/**
 * The link panel's public entry. The panel itself is a lazy chunk, its link-making state included: only the lazy
 * wrapper is exported here, never `LinkPanel`, so importing this entry adds no panel code to the page's first load.
 */
export { LazyLinkPanel, prefetchLinkPanel } from './LazyLinkPanel';
