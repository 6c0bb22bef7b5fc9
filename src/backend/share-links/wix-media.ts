/**
 * The one place the share-link domain touches Wix: an elevated `generateFileDownloadUrl`.
 * Elevation is needed because the caller (a site admin) acts through the app, and generating
 * download URLs requires the app's "Manage Media Manager" permission.
 */
import { auth } from '@wix/essentials';
import { files } from '@wix/media';
import type { GenerateOptions } from './request-schema';

/** Resolves to what the SDK resolves to; the caller checks its shape (outside Wix it is a function). */
export async function generateFileDownloadUrl(fileId: string, options: GenerateOptions): Promise<unknown> {
  return auth.elevate(files.generateFileDownloadUrl)(fileId, options);
}
