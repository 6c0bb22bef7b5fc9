/**
 * Every sentence about the link history that a site owner can see. Each error code has one sentence here, so the
 * page can word an error from its code alone (and translate it); values the owner typed are quoted back.
 */
import {
  DEFAULT_LINKS_PAGE_SIZE,
  MAX_EXPIRATION_MINUTES,
  MAX_LABEL_LENGTH,
  MAX_MAX_DOWNLOADS,
  MIN_MAX_DOWNLOADS,
  MAX_COUNTED_FILE_IDS,
  MAX_LINKS_PAGE_SIZE,
  MAX_LINK_SEARCH_LENGTH,
} from './limits';
import { LINK_SORTS, LINK_STATUSES } from './link-history';

const list = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

export const historyMessages = {
  queryNotObject: 'The links query must be an object such as { "status": "ACTIVE" }, or left out.',
  queryUnknown: (key: string) =>
    `"${key}" is not a way to filter links. Use search, status, fileId, sort, cursor or limit.`,
  searchInvalid: `search must be text of at most ${MAX_LINK_SEARCH_LENGTH} characters. Shorten the search and try again.`,
  statusInvalid: `status must be one of ${list(LINK_STATUSES)}, or left out to list links of every status.`,
  sortInvalid: `sort must be one of ${list(LINK_SORTS)}, or left out to list the newest links first.`,
  limitInvalid: `limit must be a whole number from 1 to ${MAX_LINKS_PAGE_SIZE}, or left out for ${DEFAULT_LINKS_PAGE_SIZE} links per page.`,
  cursorInvalid: 'cursor is not one this app handed out. Reload the list of links from the start.',
  fileIdInvalid: 'fileId must be a Media Manager file id. Select the file again from the list.',
  fileIdsInvalid: `fileIds must be a list of 1 to ${MAX_COUNTED_FILE_IDS} Media Manager file ids. Reload the list of files and try again.`,
  linkIdInvalid: 'linkId is not the id of a link this app made. Reload the list of links and try again.',

  linkIsDirect:
    'This is a direct Wix link: Wix gives no way to withdraw it or change its expiry or limit before it expires. Only its label can be changed; make a secure link next time to keep that control.',
  expiresAtInvalid: `expiresAt must be a moment in the future, written as an ISO 8601 date and time such as "2030-01-31T17:00:00Z", at most ${MAX_EXPIRATION_MINUTES} minutes (one year) from now.`,
  changesInvalid: 'changes must be an object with expiresAt, maxDownloads (a number, or null for no limit) or label.',
  changesUnknown: (key: string) => `"${key}" cannot be changed. Change expiresAt, maxDownloads or label.`,
  changesEmpty: 'changes is empty. Give expiresAt, maxDownloads or label.',
  maxDownloadsInvalid: `maxDownloads must be a whole number of downloads from ${MIN_MAX_DOWNLOADS} to ${MAX_MAX_DOWNLOADS}, or null to remove the limit.`,

  labelInvalid: `label must be text of at most ${MAX_LABEL_LENGTH} characters; an empty label removes it.`,

  linkNotFound: 'This link is no longer in the history (it may have been deleted in another tab). Reload the list of links.',
  historyUnavailable:
    'The link history is not set up on this site: the app\'s "share-links" data collection is missing. Update or reinstall the app from the site dashboard, then try again.',
  historyPermissionDenied:
    'The app is not allowed to read or write its link history on this site. In the Wix Dev Center give the app the Wix Data permissions, have the site owner approve the updated permissions, and try again.',
  historyRateLimited: 'Wix is limiting how fast the link history can be read or changed on this site. Wait a minute, then try again.',
  historyUpstreamError: "Wix's data service did not answer properly. Wait a moment, then try again.",
  historyNotInWix:
    'The link history cannot be reached because the app backend is not running inside Wix (there is no Wix site context). Open the app from the site dashboard, or run it with "npm run dev", and try again.',
  historyRejected: 'Wix Data did not accept this request for the link history. Reload the list of links and try again.',

  historyNotSaved: (unsaved: number, reason: string) =>
    `${unsaved === 1 ? 'The link works' : 'The links work'}, but ${unsaved === 1 ? 'it was' : `${unsaved} of them were`} not saved in the link history, so ${unsaved === 1 ? 'it' : 'they'} will not appear under Links. Copy ${unsaved === 1 ? 'it' : 'them'} now. ${reason}`,
} as const;
