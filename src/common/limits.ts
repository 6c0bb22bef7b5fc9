/**
 * Every number that bounds a share-link request, in one place so the page, the backend and the
 * benchmarks agree. Wix's own limits come from the GenerateFileDownloadUrl reference; the rest are
 * this app's choices, explained where they are not obvious.
 */

/** One request stays well inside a web method's time limit and Wix's 200 calls/minute per site. */
export const MAX_FILE_IDS = 100;
/** Wix accepts ids up to 1000 characters; a media URL adds a type prefix and a file name. */
export const MAX_FILE_ID_LENGTH = 1000;
export const MAX_FILE_REF_LENGTH = 2000;

export const MIN_EXPIRATION_MINUTES = 1;
/** One year, Wix's limit. */
export const MAX_EXPIRATION_MINUTES = 525_600;
/** What Wix uses when `expirationInMinutes` is omitted. */
export const DEFAULT_EXPIRATION_MINUTES = 600;

export const MAX_ASSET_KEYS = 10;
export const MAX_ASSET_KEY_LENGTH = 100;

export const MAX_DOWNLOAD_FILE_NAME_LENGTH = 100;
export const MAX_REDIRECT_URL_LENGTH = 2048;

/** Parallel calls to Wix per request: fast enough for 100 files, gentle on the per-site rate limit. */
export const DEFAULT_CONCURRENCY = 5;
/**
 * Time after which no further call to Wix starts. A Wix web method is cut off after about 14 s; the
 * budget plus one attempt timeout stays under that.
 */
export const DEFAULT_RETRY_BUDGET_MS = 8_000;
/**
 * One call to Wix that has not answered by then counts as failed (and is retried if time allows),
 * so a hanging request cannot hold the whole web method past its limit.
 */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 5_000;
/** Exponential backoff: first retry after ~base, doubling up to the cap, each with random jitter. */
export const RETRY_BASE_DELAY_MS = 250;
export const RETRY_MAX_DELAY_MS = 4_000;
/** Upper bound on retries of one file; in practice the time budget ends retrying first. */
export const MAX_RETRIES_PER_FILE = 8;

/** A secure link's password: long enough to resist guessing at the throttled rate, short enough to type. */
export const MIN_PASSWORD_LENGTH = 6;
export const MAX_PASSWORD_LENGTH = 128;
/** A secure link's download limit. */
export const MIN_MAX_DOWNLOADS = 1;
export const MAX_MAX_DOWNLOADS = 10_000;
/**
 * The longest `linkBaseUrl` accepted. A secure link is the base plus 63 characters (`/l/` and the 60-character
 * token), so the 120-character target for a clean QR code needs a base of at most 57, which the local shell
 * meets (31). Wix's own backend host name is not known in advance and may change with each release, so refusing
 * longer bases could refuse every secure link on Wix; this bound only keeps a stored URL sane, and the README's
 * real-Wix checklist says to measure the length there.
 */
export const MAX_LINK_BASE_URL_LENGTH = 200;

/** A link's label ("who or what is it for") fits a table column and a CSV cell. */
export const MAX_LABEL_LENGTH = 100;
/** Links per page of the history: 50 fill a screen; Wix Data pages at most 100 items with a cursor. */
export const DEFAULT_LINKS_PAGE_SIZE = 50;
export const MAX_LINKS_PAGE_SIZE = 100;
export const MAX_LINK_SEARCH_LENGTH = 100;
/** Wix Data cursors are opaque; anything much longer than this was not made by Wix. */
export const MAX_LINKS_CURSOR_LENGTH = 4096;
/** One page of the Files view at most. */
export const MAX_COUNTED_FILE_IDS = 100;
