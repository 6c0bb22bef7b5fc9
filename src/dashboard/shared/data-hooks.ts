/**
 * Every `data-hook` the page renders, in one place: components set them, and the component-test driver and the
 * end-to-end helpers select by them, so a renamed hook is a type error rather than a test that silently finds
 * nothing. docs/ARCHITECTURE.md ("Contracts others rely on") names the ones outside code relies on.
 */
export const dataHooks = {
  bulkBar: 'bulk-bar',
  bulkCreateLinkButton: 'bulk-create-link-button',
  bulkResultRow: 'bulk-result-row',
  bulkResults: 'bulk-results',
  clearFilters: 'clear-filters',
  copyAll: 'copy-all',
  copyFallback: 'copy-fallback',
  copyFallbackText: 'copy-fallback-text',
  copyLinkButton: 'copy-link-button',
  createLinkButton: 'create-link-button',
  createLinkSubmit: 'create-link-submit',
  disposition: 'disposition',
  dispositionField: 'disposition-field',
  downloadCsv: 'download-csv',
  downloadFileName: 'download-file-name',
  expiryDate: 'expiry-date',
  expiryField: 'expiry-field',
  expiryPresets: 'expiry-presets',
  expirySummary: 'expiry-summary',
  expiryTime: 'expiry-time',
  fileDetails: 'file-details',
  fileName: 'file-name',
  fileRow: 'file-row',
  filesDenied: 'files-denied',
  filesEmpty: 'files-empty',
  filesError: 'files-error',
  filesLoading: 'files-loading',
  filesNoResults: 'files-no-results',
  filesRetry: 'files-retry',
  filesTable: 'files-table',
  filesTableContent: 'files-table-content',
  folderBreadcrumbs: 'folder-breadcrumbs',
  folderLink: 'folder-link',
  folderList: 'folder-list',
  formFiles: 'form-files',
  formatsField: 'formats-field',
  historyWarning: 'history-warning',
  linkExpiry: 'link-expiry',
  linkKind: 'link-kind',
  linkForm: 'link-form',
  linkPanel: 'link-panel',
  linkPanelFailed: 'link-panel-failed',
  linkPanelLoading: 'link-panel-loading',
  linkPanelReservation: 'link-panel-reservation',
  linkPanelRetry: 'link-panel-retry',
  linkProgress: 'link-progress',
  linkResults: 'link-results',
  linkRow: 'link-row',
  loadMore: 'load-more',
  maxDownloadsInput: 'max-downloads-input',
  newLinks: 'new-links',
  openLinkButton: 'open-link-button',
  passwordInput: 'password-input',
  privacy: 'privacy',
  privateBadge: 'private-badge',
  publicWarning: 'public-warning',
  qrCode: 'qr-code',
  qrToggle: 'qr-toggle',
  redirectUrl: 'redirect-url',
  requestError: 'request-error',
  resultError: 'result-error',
  resultsSummary: 'results-summary',
  retryFailed: 'retry-failed',
  rowSelect: 'row-select',
  searchInput: 'search-input',
  selectAll: 'select-all',
  shareLinkUrl: 'share-link-url',
  sort: 'sort',
  sortOrder: 'sort-order',
  type: 'type',
} as const;

export type DataHook = (typeof dataHooks)[keyof typeof dataHooks];

/** One choice of a filter or sort toggle, e.g. `type-VECTOR` or `sort-order-asc`. */
export const choiceHook = (toggle: string, choice: string): string => `${toggle}-${choice}`;

/** The checkbox of one format (asset key) in the link form, e.g. `format-720p.mp4`. */
export const formatHook = (assetKey: string): string => `format-${assetKey}`;

/** A CSS selector for a hook: `[data-hook="files-table"]`. */
export const byHook = (hook: string): string => `[data-hook="${hook}"]`;
