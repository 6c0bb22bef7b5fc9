/**
 * The optional download file name. Wix puts it in the download's Content-Disposition header, so
 * anything that could break out of that header or look like a path is refused up front.
 */
import { MAX_DOWNLOAD_FILE_NAME_LENGTH } from './limits';
import { messages } from './share-link-messages';

export type DownloadFileNameCheck = { ok: true; name: string } | { ok: false; message: string };

// Direction marks let "invoice\u202Efdp.exe" show as "invoiceexe.pdf" in the recipient's browser.
const FORBIDDEN = /[/\\"'`\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function checkDownloadFileName(name: string): DownloadFileNameCheck {
  if (name.length < 1 || name.length > MAX_DOWNLOAD_FILE_NAME_LENGTH) return { ok: false, message: messages.fileNameLength };
  if (FORBIDDEN.test(name)) return { ok: false, message: messages.fileNameCharacters };
  if (/^[\s.]*$/.test(name)) return { ok: false, message: messages.fileNameBlank };
  return { ok: true, name };
}
