/**
 * The optional download file name. Wix puts it in the download's Content-Disposition header, so
 * anything that could break out of that header or look like a path is refused up front.
 */
import { MAX_DOWNLOAD_FILE_NAME_LENGTH } from './limits';
import { apiMessages } from './api-messages';
import { CONTROL_AND_DIRECTION_MARKS } from './unsafe-characters';

export type DownloadFileNameCheck = { ok: true; name: string } | { ok: false; message: string };

// Path separators, quotes that could end the header's value, and what shows differently than it is.
const FORBIDDEN = new RegExp(`[/\\\\"'\`${CONTROL_AND_DIRECTION_MARKS}]`);

export function checkDownloadFileName(name: string): DownloadFileNameCheck {
  if (name.length < 1 || name.length > MAX_DOWNLOAD_FILE_NAME_LENGTH) return { ok: false, message: apiMessages.fileNameLength };
  if (FORBIDDEN.test(name)) return { ok: false, message: apiMessages.fileNameCharacters };
  if (/^[\s.]*$/.test(name)) return { ok: false, message: apiMessages.fileNameBlank };
  return { ok: true, name };
}
