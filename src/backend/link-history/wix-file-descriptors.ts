/**
 * The files' names, types and sizes for the history, from Wix rather than from the page (which is not a
 * security boundary): one elevated Get File Descriptors call for a whole batch.
 */
import { auth } from '@wix/essentials';
import { files } from '@wix/media';

/** Resolves to what the SDK resolves to; file-facts.ts checks its shape. */
export async function getFileDescriptors(fileIds: string[]): Promise<unknown> {
  return auth.elevate(files.getFileDescriptors)(fileIds);
}
