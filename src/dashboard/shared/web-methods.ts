/**
 * The backend's web methods, as the page calls them. Wix's build turns `share-links.web.ts` into small stubs over
 * its web-method transport (about 1.3 kB gzip with its SDK context code), which nothing before the first rows
 * needs: the Files view counts links only after its rows are painted, and the Links view asks only when opened.
 * So the stubs are a chunk of their own, fetched on the first call and kept; a failed download fails that call
 * like a dropped connection and the next call fetches it anew (see retryable-import). Each function here has the
 * web method's own signature, so callers and their tests do not know the difference.
 */
import { retryableImport } from './retryable-import';

type WebMethods = typeof import('../../backend/share-links.web');

const load = retryableImport(() => import('../../backend/share-links.web'), import.meta.url);

function onFirstCall<A extends unknown[], R>(pick: (methods: WebMethods) => (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => pick(await load())(...args);
}

export const createShareLinks = onFirstCall((methods) => methods.createShareLinks);
export const listShareLinks = onFirstCall((methods) => methods.listShareLinks);
export const deleteShareLink = onFirstCall((methods) => methods.deleteShareLink);
export const countActiveLinks = onFirstCall((methods) => methods.countActiveLinks);
export const revokeShareLink = onFirstCall((methods) => methods.revokeShareLink);
export const updateShareLink = onFirstCall((methods) => methods.updateShareLink);
