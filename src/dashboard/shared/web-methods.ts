/**
 * The backend's web methods, as the page calls them: `(await webMethods()).createShareLinks(…)`. Wix's build turns
 * `share-links.web.ts` into small stubs over its web-method transport, which nothing before the first rows needs:
 * the Files view counts links only after its rows are painted, and the Links view asks only when opened. So the
 * stubs are a chunk of their own, fetched on the first call and kept; a failed download fails that call like a
 * dropped connection, and the next call fetches it anew (see retryable-import).
 */
import { retryableImport } from './retryable-import';

export const webMethods = retryableImport(() => import('../../backend/share-links.web'), import.meta.url);
