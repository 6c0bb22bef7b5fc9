/**
 * The English `message` of every share-link error the API returns, for callers of the web method (scripts,
 * integrations): each names the field and says what to do next. The dashboard page never shows these; it words
 * its own sentences from the error `code` (src/dashboard/link-panel/link-error-messages.ts). Values the caller
 * sent are quoted back; download URLs and tokens never appear here.
 */
import {
  MAX_ASSET_KEYS,
  MAX_ASSET_KEY_LENGTH,
  MAX_DOWNLOAD_FILE_NAME_LENGTH,
  MAX_EXPIRATION_MINUTES,
  MAX_FILE_IDS,
  MAX_LABEL_LENGTH,
  MAX_LINK_BASE_URL_LENGTH,
  MAX_MAX_DOWNLOADS,
  MAX_PASSWORD_LENGTH,
  MAX_REDIRECT_URL_LENGTH,
  MIN_EXPIRATION_MINUTES,
  MIN_MAX_DOWNLOADS,
  MIN_PASSWORD_LENGTH,
} from './limits';

const quote = (value: string): string => `"${value.length > 80 ? `${value.slice(0, 77)}...` : value}"`;

export const apiMessages = {
  fileIdsNotList: `fileIds must be a list of 1 to ${MAX_FILE_IDS} file ids. Select at least one file and try again.`,
  fileIdsEmpty: 'fileIds is empty. Select at least one file and try again.',
  fileIdsTooMany: (count: number) =>
    `fileIds has ${count} entries; at most ${MAX_FILE_IDS} files can be shared at once. Select fewer files and try again.`,
  fileIdNotString: (field: string) => `${field} must be a file id or a wix: media URL in quotes, not another kind of value.`,
  fileIdEmpty: (field: string) => `${field} is empty. Select the file again from the list.`,
  fileIdTooLong: (field: string) => `${field} is too long to be a Media Manager file id. Select the file again from the list.`,
  fileIdInvalid: (field: string, value: string) =>
    `${field} (${quote(value)}) is not a Media Manager file id or a wix:image, wix:video, wix:audio or wix:document URL. Select the file again from the list.`,

  optionsNotObject: 'options must be an object such as { "expirationInMinutes": 60 }, or left out.',
  optionUnknown: (key: string) =>
    `options.${key} is not a share-link option. Use kind, expirationInMinutes, assetKeys, contentDisposition, downloadFileName, expirationRedirectUrl, label, maxDownloads, password or linkBaseUrl.`,
  expirationInvalid: `options.expirationInMinutes must be a whole number of minutes from ${MIN_EXPIRATION_MINUTES} to ${MAX_EXPIRATION_MINUTES} (one year).`,

  assetKeysNotList: `options.assetKeys must be a list of 1 to ${MAX_ASSET_KEYS} asset keys, such as ["src"].`,
  assetKeysTooMany: `options.assetKeys lists more than ${MAX_ASSET_KEYS} keys. Keep at most ${MAX_ASSET_KEYS}.`,
  assetKeyInvalid: (field: string) =>
    `${field} must be a non-empty asset key of at most ${MAX_ASSET_KEY_LENGTH} characters, such as "src" or "320kbs.mp3".`,

  dispositionInvalid: 'options.contentDisposition must be "ATTACHMENT" (the link downloads the file) or "INLINE" (it opens in the browser).',

  fileNameNotString: 'options.downloadFileName must be text, such as "report.pdf".',
  fileNameLength: `options.downloadFileName must be 1 to ${MAX_DOWNLOAD_FILE_NAME_LENGTH} characters long.`,
  fileNameCharacters:
    'options.downloadFileName cannot contain slashes, backslashes, quotes, control characters or text-direction marks. Use a plain name such as "report.pdf".',
  fileNameBlank: 'options.downloadFileName must contain a name, not only spaces or dots.',
  fileNameNeedsOneFile: (count: number) =>
    `options.downloadFileName can only be used when sharing one file, but ${count} files were selected. Remove the name or select a single file.`,

  redirectNotString: 'options.expirationRedirectUrl must be a web address, such as "https://mysite.com/expired".',
  redirectEmpty: 'options.expirationRedirectUrl is empty. Enter a web address or leave the option out.',
  redirectTooLong: `options.expirationRedirectUrl is longer than ${MAX_REDIRECT_URL_LENGTH} characters. Use a shorter address.`,
  redirectScheme: (scheme: string) =>
    `options.expirationRedirectUrl uses "${scheme}:", but only http and https addresses are allowed, such as "https://mysite.com/expired".`,
  redirectRelative:
    'options.expirationRedirectUrl must be a full web address with a site name, such as "mysite.com/expired", not a path on its own.',
  redirectInvalid: 'options.expirationRedirectUrl is not a valid web address. Use one such as "https://mysite.com/expired".',
  redirectCredentials:
    'options.expirationRedirectUrl must not contain a user name or password. Remove the part before "@".',

  labelNotString: 'options.label must be text, such as "Press team" or "Invoice for Anna".',
  labelTooLong: (length: number) =>
    `options.label has ${length} characters; a label can have at most ${MAX_LABEL_LENGTH}. Shorten it and try again.`,

  kindInvalid: 'options.kind must be "SECURE" (the app\'s own link, which can be turned off) or "DIRECT" (Wix\'s own download link).',
  maxDownloadsInvalid: `options.maxDownloads must be a whole number of downloads from ${MIN_MAX_DOWNLOADS} to ${MAX_MAX_DOWNLOADS}, or left out for no limit.`,
  passwordNotString: 'options.password must be text, or left out for a link without a password.',
  passwordTooShort: `options.password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`,
  passwordTooLong: `options.password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`,
  secureOnly: (option: string) =>
    `options.${option} works only with secure links, because a direct Wix link cannot count downloads or ask for a password. Set kind to "SECURE" or leave ${option} out.`,
  linkBaseUrlMissing:
    'options.linkBaseUrl is needed for a secure link: pass where the app\'s HTTP functions are served (the page\'s import.meta.env.BASE_API_URL), or set kind to "DIRECT".',
  linkBaseUrlInvalid: `options.linkBaseUrl must be a full http or https address of at most ${MAX_LINK_BASE_URL_LENGTH} characters whose path ends in /functions, with no query, fragment or user name, such as "https://example.com/functions".`,
  secureLinkNotSaved: (fileId: string, reason: string) =>
    `No secure link was made for ${quote(fileId)}: a secure link works only through the link history, which could not store it (${reason}). Try again, or choose a direct link.`,
  siteUnknown: "No secure link was made: Wix did not say which site this is. Wait a moment and try again, or choose a direct link.",
  invalidAssetKey: (fileId: string, keys: readonly string[]) =>
    keys.length === 1
      ? `File ${quote(fileId)} has no asset ${quote(keys[0] ?? '')}. Use "src" for the original file, or a format this file has.`
      : `File ${quote(fileId)} does not have every asset requested (${keys.map(quote).join(', ')}). Use "src" for the original file, or formats this file has.`,
  fileNotFound: (fileId: string) =>
    `File ${quote(fileId)} is not in this site's Media Manager (it may have been deleted). Refresh the list and select the file again.`,
  permissionDenied:
    'The app is not allowed to create download links on this site. In the Wix Dev Center give the app the "Manage Media Manager" permission, then have the site owner approve the updated permissions, and try again.',
  rateLimited: (fileId: string) =>
    `Wix is limiting how fast links can be created on this site, so no link was made for ${quote(fileId)}. Wait a minute, then retry this file.`,
  upstreamError: (fileId: string) =>
    `Wix's media service did not answer properly for ${quote(fileId)}. Wait a moment, then retry this file.`,
  outOfTime: (fileId: string) =>
    `There was not enough time left in this request to create a link for ${quote(fileId)}. Retry this file.`,
  upstreamRejected: (fileId: string, field: string) =>
    `Wix did not accept ${field} for file ${quote(fileId)}. Check that value and try again.`,
  notInWix:
    'No link was created because the app backend is not running inside Wix (there is no Wix site context). Open the app from the site dashboard, or run it with "npm run dev", and try again.',
} as const;
