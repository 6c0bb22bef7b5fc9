/**
 * Every sentence and label of the link panel, in English. One flat key per whole message; values go in by name
 * (`resultsSummary({ done, total })`), so each entry can become one translation-catalog entry with placeholders.
 * Components never join messages or add words of their own. The backend's own `message` texts are never shown:
 * failures are worded here from their error code (see link-error-messages.ts).
 */
export const linkPanelMessages = {
  formTitle: ({ count }: { count: number }) => (count === 1 ? 'Create a share link' : `Create share links for ${count} files`),
  close: 'Close',
  loadFailedTitle: 'The link form could not open',
  loadFailedBody: 'Part of this page did not download. Check your internet connection, then try again.',

  expiryLabel: 'Link expires',
  expiry1h: '1 hour',
  expiry1d: '1 day',
  expiry7d: '7 days',
  expiry30d: '30 days',
  expiry1y: '1 year',
  expiryCustom: 'Custom date and time',
  expiryDate: 'Expiry date',
  expiryTime: 'Expiry time',
  expiresAt: ({ moment, relative }: { moment: string; relative: string }) => `Expires ${moment}, ${relative}.`,
  expiryMissingDate: 'Pick the date the link should stop working.',
  expiryInThePast: 'That moment has already passed. Pick a later date or time.',
  expiryTooFar: ({ latest }: { latest: string }) => `Links can last at most one year. Pick a moment before ${latest}.`,
  kindLabel: 'Kind of link',
  kindSecure: 'Secure link (recommended): you can turn it off, limit downloads, add a password and see when it is used',
  kindDirect: 'Direct Wix link: works without this app, cannot be turned off before it expires',
  maxDownloadsLabel: 'Download limit (optional)',
  maxDownloadsPlaceholder: 'No limit',
  maxDownloadsHelp: 'After this many downloads the link stops working. Leave empty for no limit.',
  maxDownloadsInvalid: ({ max }: { max: number }) => `Enter a whole number of downloads from 1 to ${max}, or leave it empty.`,
  passwordLabel: 'Password (optional)',
  passwordHelp: 'Recipients type it before they can download. Send it separately from the link.',
  passwordInvalid: ({ min, max }: { min: number; max: number }) => `Use ${min} to ${max} characters, or leave it empty for no password.`,
  dispositionLabel: 'When someone opens the link',
  dispositionDownload: 'Download the file',
  dispositionInline: 'Open it in the browser',
  dispositionHelp: 'Either way, anyone with the link can save a copy of the file. Choose what is most convenient for them.',
  fileNameLabel: 'Download file name',
  fileNameHelp: 'The name the file gets on the recipient’s device. Your Media Manager keeps its own name.',
  fileNameInvalid: 'Use at most 100 characters for the file name, without slashes, quotes or only dots.',
  redirectLabel: 'After expiry, send visitors to (optional)',
  redirectPlaceholder: 'mysite.com/contact',
  redirectHelp: 'Without this, an expired link shows a “403 Forbidden” page.',
  redirectHelpSecure: 'Without this, an expired link shows a page saying it has expired.',
  redirectInvalid: 'Enter a web address such as mysite.com/contact or https://mysite.com/contact.',
  labelLabel: 'Who is it for? (optional)',
  labelPlaceholder: 'e.g. Anna at Studio Nord',
  labelHelp: 'Only you see this, in your list of links.',
  labelInvalid: 'Use at most 100 characters.',
  formatsLabel: 'Formats',
  formatsHelp: 'Each format gets its own link. If a file doesn’t have a format, that file’s result says so.',
  formatsNone: 'Choose at least one format.',
  originalFormat: 'Original file',
  publicWarning: ({ count }: { count: number }) =>
    count === 1
      ? 'This file is public: anyone with its regular address can already open it. An expiring link adds convenience, not protection.'
      : `${count} of these files are public: anyone with their regular addresses can already open them. Expiring links add convenience, not protection.`,
  submit: ({ count }: { count: number }) => (count <= 1 ? 'Create link' : `Create ${count} links`),
  creating: 'Creating…',

  linkReadyTitle: 'Link ready',
  resultsSummary: ({ done, total }: { done: number; total: number }) => `${done} of ${total} files have links`,
  progressLabel: ({ answered, total }: { answered: number; total: number }) =>
    `Creating links: ${answered} of ${total} files answered so far`,
  progressHint: 'Links appear below as soon as they are ready. You can copy them while the rest are created.',
  historyNotSaved: ({ count }: { count: number }) =>
    count === 1
      ? 'One link works but could not be saved to your link history. Copy it now so you keep it.'
      : `${count} links work but could not be saved to your link history. Copy them now (or download the CSV) so you keep them.`,
  linkTitleWithFormat: ({ fileName, format }: { fileName: string; format: string }) => `${fileName} · ${format}`,
  urlLabel: ({ fileName, format }: { fileName: string; format: string }) => `Share link for ${fileName} (${format})`,
  linkExpires: ({ moment, relative }: { moment: string; relative: string }) => `Expires ${moment} (${relative})`,
  copy: 'Copy',
  copyLabel: ({ fileName }: { fileName: string }) => `Copy link for ${fileName}`,
  copied: 'Link copied to the clipboard.',
  copiedAll: ({ count }: { count: number }) =>
    count === 1 ? '1 link copied to the clipboard.' : `${count} links copied to the clipboard.`,
  copyBlocked: 'Your browser blocked the clipboard. The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  copyAllBlocked: 'Your browser blocked the clipboard. The links are selected below: press Ctrl+C (⌘C on a Mac) to copy them.',
  copyRowBlocked: 'Your browser blocked the clipboard. Use “Copy all links” to get a field you can copy from.',
  open: 'Open',
  openLabel: ({ fileName }: { fileName: string }) => `Open link for ${fileName} in a new tab`,
  showQr: 'Show QR code',
  hideQr: 'Hide QR code',
  copyAll: 'Copy all links',
  downloadCsv: 'Download CSV',
  csvFileName: 'share-links.csv',
  retryFailed: ({ count }: { count: number }) => (count === 1 ? 'Retry the failed file' : `Retry ${count} failed files`),
  columnFile: 'File',
  columnFormat: 'Format',
  columnLink: 'Link',
  failedResult: ({ reason }: { reason: string }) => `Failed: ${reason}`,
  newLinks: 'Create other links',
  seeAllLinks: 'See all links',

  // Per-file failures, named by the file's display name: the backend only knows the raw file id.
  fileMissingFormats: ({ fileName, formats }: { fileName: string; formats: string }) =>
    `“${fileName}” doesn’t have every format you chose (${formats}). Use “Create other links” and choose “Original file” or formats this file has.`,
  fileNotFound: ({ fileName }: { fileName: string }) =>
    `“${fileName}” is no longer in your Media Manager (it may have been deleted). Reload the page and select the file again.`,
  fileRateLimited: ({ fileName }: { fileName: string }) =>
    `Wix is limiting how fast links can be created, so “${fileName}” has no link yet. Wait a minute, then retry it.`,
  fileUpstreamError: ({ fileName }: { fileName: string }) =>
    `We couldn’t reach Wix’s media service for “${fileName}”. Wait a moment, then retry it.`,
  fileSecureNotSaved: ({ fileName }: { fileName: string }) =>
    `No secure link was made for “${fileName}”: secure links need your link history, which could not be reached. Retry it, or use “Create other links” and choose a direct Wix link.`,
  fileRejected: ({ fileName }: { fileName: string }) =>
    `Wix did not accept the link settings for “${fileName}”. Use “Create other links”, check the settings and try again.`,

  // Failures of a whole request, and those that concern the app rather than one file.
  requestFailed: 'The links could not be created. Check your connection and try again.',
  requestFilesRefused: ({ max }: { max: number }) =>
    `These files could not be shared together. Select at most ${max} files, reload the page if one was deleted, and try again.`,
  requestSettingRefused: ({ setting }: { setting: string }) =>
    `The link settings were not accepted. Check “${setting}” under “Create other links”, then try again.`,
  permissionDenied:
    'The app is not allowed to create download links on this site. The app needs the “Manage Media Manager” permission: approve the app’s updated permissions in your site’s dashboard (or, as the developer, add it in the Wix Dev Center), then try again.',
  notInWix:
    'No link was created because the app’s backend is not running inside Wix. Open Share Links from your site’s dashboard and try again.',
} as const;
