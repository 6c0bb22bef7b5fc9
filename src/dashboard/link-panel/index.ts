/**
 * The link panel's public entry. The panel itself is a lazy chunk: only the lazy wrapper and the state hook the
 * page keeps across openings are exported here, never `LinkPanel`, so importing this entry adds no panel code
 * to the page's first load.
 */
export { LazyLinkPanel, prefetchLinkPanel } from './LazyLinkPanel';
export { useCreateLinks, type CreateLinksState, type LinkRequest } from './use-create-links';
