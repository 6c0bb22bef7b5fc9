/**
 * Every sentence and label of the Links view, in English. One flat key per whole message; values go in by name
 * (`downloads({ count, max })`), so each entry can become one translation-catalog entry with placeholders.
 * Components never join messages or add words of their own. Failures are worded here from their error code; the
 * backend's own `message` is never shown.
 */
export const linksViewMessages = {
  searchPlaceholder: 'Search by file name or label',
  searchLabel: 'Search links by file name or label',
  clearSearch: 'Clear the search',
  statusFilterLabel: 'Status',
  sortLabel: 'Sort by',
  statusAll: 'All',
  statusActive: 'Active',
  statusExpiresSoon: 'Expires soon',
  statusExpired: 'Expired',
  statusRevoked: 'Turned off',
  statusUsedUp: 'Used up',
  sortCreatedDesc: 'Newest first',
  sortCreatedAsc: 'Oldest first',
  sortExpiresAsc: 'Expiring first',
  sortExpiresDesc: 'Expiring last',

  columnFile: 'File',
  columnLabel: 'For',
  columnCreated: 'Created',
  columnExpires: 'Expires',
  columnStatus: 'Status',
  columnDownloads: 'Downloads',
  noLabel: '—',
  expiry: ({ relative, moment }: { relative: string; moment: string }) => `${relative} · ${moment}`,
  downloads: ({ count, max }: { count: number; max: number }) => (max === 1 ? `${count} of 1 download` : `${count} of ${max} downloads`),
  downloadsUnlimited: ({ count }: { count: number }) => (count === 1 ? '1 download' : `${count} downloads`),
  compactDetails: ({ label, created }: { label: string; created: string }) => (label ? `For ${label} · created ${created}` : `Created ${created}`),
  fileIconLabel: ({ type }: { type: string }) => `${type} file`,

  copy: 'Copy',
  copyLabel: ({ fileName }: { fileName: string }) => `Copy link for ${fileName}`,
  copied: 'Link copied to the clipboard.',
  copyBlocked: 'Your browser blocked the clipboard. Use Open, then copy the address from the new tab.',
  open: 'Open',
  openLabel: ({ fileName }: { fileName: string }) => `Open link for ${fileName} in a new tab`,
  qrCode: 'QR code',
  qrLabel: ({ fileName }: { fileName: string }) => `Show QR code of the link for ${fileName}`,
  qrTitle: ({ fileName }: { fileName: string }) => `QR code for ${fileName}`,
  close: 'Close',
  delete: 'Delete',
  deleteLabel: ({ fileName }: { fileName: string }) => `Delete the link for ${fileName} from the history`,
  deleteTitle: 'Delete this link from the history?',
  deleteDirectBody: ({ fileName, moment }: { fileName: string; moment: string }) =>
    `The link to “${fileName}” disappears from this list, but it keeps working until it expires on ${moment}: Wix cannot withdraw a direct link earlier. Anyone who has it can still download the file until then.`,
  deleteSecureBody: ({ fileName }: { fileName: string }) =>
    `The link to “${fileName}” disappears from this list and stops working at once.`,
  deleteConfirm: 'Delete from history',
  deleteCancel: 'Cancel',
  deleted: ({ fileName }: { fileName: string }) => `The link to “${fileName}” was deleted from the history.`,
  alreadyDeleted: ({ fileName }: { fileName: string }) => `The link to “${fileName}” was already gone from the history.`,
  deleteFailed: 'The link could not be deleted from the history. Check your connection and try again.',

  exportCsv: 'Download CSV',
  csvFileName: 'link-history.csv',
  csvFailed: 'The CSV could not be prepared. Check your connection and try again.',
  csvHeader: ['file name', 'label', 'status', 'created', 'expires at', 'asset key', 'url', 'downloads', 'download limit'],
  loadMore: 'Load more',
  loadingMore: 'Loading…',

  emptyTitle: 'No links yet',
  emptyBody: 'Every link you create is kept here, with who it is for and when it stops working.',
  emptyAction: 'Go to your files',
  noResultsTitle: 'No links match',
  noResultsBody: 'Try other words or another status.',
  clearFilters: 'Clear search and filters',
  errorTitle: 'We couldn’t load your links',
  errorBody: 'Check your connection and try again. Links already shown stay on the page.',
  deniedBody:
    'Wix did not let this page read the link history. Sign in to the dashboard as the site owner or an admin, then reload this page.',
  historyUnavailable:
    'The link history is not set up on this site: the app’s data collection is missing. Update or reinstall the app from your site’s dashboard, then try again.',
  historyPermissionDenied:
    'The app is not allowed to read its link history on this site. Approve the app’s updated permissions in your site’s dashboard, then try again.',
  rateLimited: 'Wix is limiting how fast the link history can be read. Wait a minute, then try again.',
  notInWix: 'The link history can only be read when Share Links is opened from your site’s dashboard.',
} as const;
