/**
 * What both lazy views (the link panel and the Links view) use and the Files view does not: exact and relative
 * moments, the ticking clock, the clipboard and toasts. Imported by either view's chunk directly, it would be a
 * third chunk that opening the view needs and "Try again" cannot fetch afresh (see lazy-chunk.tsx); kept in the
 * page's first load, it weighed about 0.5 kB gzip before the first rows. So it is a chunk of its own that each
 * view's loader fetches beside the view's code (load-views-kit.ts), and the views read it through `viewsKit()`.
 */
export { formatMoment, formatRelative } from '../../common/moments';
export { useNow } from './use-now';
export { showToast, useClipboard } from './clipboard';
