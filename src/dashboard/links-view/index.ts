/**
 * The Links view's public entry: every link the site has made, with its status. The view itself is a lazy chunk;
 * only the lazy wrapper and what starts it are exported, never `LinksView`, so importing this entry adds no view code to the first load.
 */
export { LazyLinksView, openLinksView, prefetchLinksView } from './LazyLinksView';
