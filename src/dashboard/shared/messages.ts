/**
 * Every string the page shows, in English, in one place so a translator (or i18n keys) can replace this module
 * without touching components. Functions take the values they interpolate.
 */
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import type { ExpiryPresetId } from '../link-panel/expiry';
import type { MediaTypeFilter, PrivacyFilter } from '../file-browser/file-query';
import type { SortColumn, SortOrder } from '../file-browser/sort-toggle';

export const messages = {
  page: {
    title: 'Share Links',
    subtitle: 'Create expiring links to files in your Media Manager.',
  },
  browser: {
    searchPlaceholder: 'Search all folders',
    searchLabel: 'Search files in all folders',
    rootFolder: 'Media',
    searchResultsCrumb: (text: string) => `Results for “${text}”`,
    typeLabel: 'Type',
    privacyLabel: 'Privacy',
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    folderCount: (n: number) => (n === 1 ? '1 folder' : `${n} folders`),
    openFolder: (name: string) => `Open folder ${name}`,
    filterRow: (label: string, row: number, rows: number) => `${label} (${row} of ${rows})`,
    sortLabel: 'Sort by',
    sortOrderLabel: 'Order',
    sortColumns: { name: 'Name', date: 'Date', size: 'Size' } satisfies Record<SortColumn, string>,
    sortOrders: {
      name: { asc: 'A to Z', desc: 'Z to A' },
      date: { asc: 'Oldest first', desc: 'Newest first' },
      size: { asc: 'Smallest first', desc: 'Largest first' },
    } satisfies Record<SortColumn, Record<SortOrder, string>>,
  },
  mediaTypes: {
    ALL: 'All types',
    IMAGE: 'Images',
    VIDEO: 'Videos',
    AUDIO: 'Audio',
    DOCUMENT: 'Documents',
    VECTOR: 'Vector art',
    ARCHIVE: 'Archives',
    MODEL3D: '3D models',
  } satisfies Record<MediaTypeFilter, string>,
  privacy: {
    ALL: 'All files',
    PRIVATE: 'Private',
    PUBLIC: 'Public',
  } satisfies Record<PrivacyFilter, string>,
  table: {
    name: 'Name',
    type: 'Type',
    size: 'Size',
    updated: 'Updated',
    privateBadge: 'Private',
    createLink: 'Create link',
    createLinkFor: (name: string) => `Create link for ${name}`,
    createLinks: (n: number) => (n === 1 ? 'Create link' : `Create links for ${n} files`),
    selected: (n: number) => (n === 1 ? '1 file selected' : `${n} files selected`),
    clearSelection: 'Clear selection',
    selectAll: 'Select all files shown',
    selectFile: (name: string) => `Select ${name}`,
    thumbnailAlt: '',
  },
  states: {
    emptyTitle: 'This folder has no files',
    emptyBody: 'Upload files in the Media Manager, then come back here to share them.',
    noResultsTitle: 'No files match',
    noResultsBody: 'Try other words or clear the filters.',
    clearFilters: 'Clear filters',
    errorTitle: 'We couldn’t load your files',
    errorBody: 'Check your connection and try again. Files already shown stay on the page.',
    retry: 'Try again',
    deniedTitle: 'Only the site owner and admins can use Share Links',
    deniedBody:
      'Wix did not let this page read the Media Manager. Sign in to the dashboard as the site owner or an admin. If you already are, the app is missing the “Read Media Manager” permission: approve the app’s updated permissions in your site’s dashboard (or, as the developer, add that permission in the Wix Dev Center), then reload this page.',
  },
  form: {
    title: (n: number) => (n === 1 ? 'Create a share link' : `Create share links for ${n} files`),
    files: 'Files',
    expiryLabel: 'Link expires',
    presets: {
      '1h': '1 hour',
      '1d': '1 day',
      '7d': '7 days',
      '30d': '30 days',
      '1y': '1 year',
    } satisfies Record<ExpiryPresetId, string>,
    custom: 'Custom date and time',
    customDate: 'Expiry date',
    customTime: 'Expiry time',
    expiresAt: (moment: string, relative: string) => `Expires ${moment}, ${relative}.`,
    expiryMissingDate: 'Pick the date the link should stop working.',
    expiryInThePast: 'That moment has already passed. Pick a later date or time.',
    expiryTooFar: (latest: string) => `Links can last at most one year. Pick a moment before ${latest}.`,
    dispositionLabel: 'When someone opens the link',
    dispositionDownload: 'Download the file',
    dispositionInline: 'Open it in the browser',
    dispositionHelp:
      'Either way, anyone with the link can save a copy of the file. Choose what is most convenient for them.',
    fileNameLabel: 'Download file name',
    fileNameHelp: 'The name the file gets on the recipient’s device. Your Media Manager keeps its own name.',
    fileNameInvalid: 'Use at most 100 characters for the file name, without slashes, quotes or only dots.',
    redirectLabel: 'After expiry, send visitors to (optional)',
    redirectPlaceholder: 'mysite.com/contact',
    redirectHelp: 'Without this, an expired link shows a “403 Forbidden” page.',
    redirectInvalid: 'Enter a web address such as mysite.com/contact or https://mysite.com/contact.',
    formatsLabel: 'Formats',
    formatsHelp: 'Each format gets its own link. If a file doesn’t have a format, that file’s result says so.',
    formatsNone: 'Choose at least one format.',
    formatName: (key: string) => (key === ORIGINAL_ASSET_KEY ? 'Original file' : key),
    publicWarning: (n: number) =>
      n === 1
        ? 'This file is public: anyone with its regular address can already open it. An expiring link adds convenience, not protection.'
        : `${n} of these files are public: anyone with their regular addresses can already open them. Expiring links add convenience, not protection.`,
    submit: (n: number) => (n <= 1 ? 'Create link' : `Create ${n} links`),
    creating: 'Creating…',
    cancel: 'Close',
  },
  panel: {
    loadFailedTitle: 'The link form could not open',
    loadFailedBody: 'Part of this page did not download. Check your internet connection, then try again.',
  },
  result: {
    title: 'Link ready',
    bulkTitle: (ok: number, total: number) => `${ok} of ${total} files have links`,
    urlLabel: (fileName: string, format: string) => `Share link for ${fileName} (${format})`,
    copy: 'Copy',
    copyLabel: (fileName: string) => `Copy link for ${fileName}`,
    copied: 'Link copied to the clipboard.',
    copiedAll: (n: number) => (n === 1 ? '1 link copied to the clipboard.' : `${n} links copied to the clipboard.`),
    copyBlocked: 'Your browser blocked the clipboard. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    copyAllBlocked: 'Your browser blocked the clipboard. The links are selected below: press Ctrl+C (⌘C on a Mac) to copy them.',
    copyRowBlocked: 'Your browser blocked the clipboard. Use “Copy all links” to get a field you can copy from.',
    open: 'Open',
    openLabel: (fileName: string) => `Open link for ${fileName} in a new tab`,
    expires: (moment: string, relative: string) => `Expires ${moment} (${relative})`,
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    qrAlt: (fileName: string) => `QR code of the share link for ${fileName}`,
    qrFailed: 'The QR code could not be drawn. Copy the link instead.',
    copyAll: 'Copy all links',
    downloadCsv: 'Download CSV',
    retryFailed: (n: number) => (n === 1 ? 'Retry the failed file' : `Retry ${n} failed files`),
    failed: 'Failed',
    // Per-file failures, named by the file's display name: the backend's own sentences quote the raw file id.
    fileMissingFormats: (fileName: string, formats: string) =>
      `“${fileName}” doesn’t have every format you chose (${formats}). Use “Create other links” and choose “Original file” or formats this file has.`,
    fileNotFound: (fileName: string) =>
      `“${fileName}” is no longer in your Media Manager (it may have been deleted). Reload the page and select the file again.`,
    fileRateLimited: (fileName: string) =>
      `Wix is limiting how fast links can be created, so “${fileName}” has no link yet. Wait a minute, then retry it.`,
    fileUpstreamError: (fileName: string) => `We couldn’t reach Wix’s media service for “${fileName}”. Wait a moment, then retry it.`,
    fileRejected: (fileName: string) =>
      `Wix did not accept the link settings for “${fileName}”. Use “Create other links”, check the settings and try again.`,
    columns: { file: 'File', format: 'Format', link: 'Link', status: 'Status' },
    newLinks: 'Create other links',
    requestFailed: 'The links could not be created. Check your connection and try again.',
    csvFileName: 'share-links.csv',
  },
};
