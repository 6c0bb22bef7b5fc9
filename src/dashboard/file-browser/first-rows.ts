/**
 * The Files view's opening page of files and the root's folders, asked for when the page first renders, so they
 * download while the page's words do and the first rows wait for one round trip, not two.
 */
import { askFirstFiles, firstFilesSettled } from './use-files';
import { askRootFolders, rootFoldersSettled } from './use-folders';

export function askFirstRows(): void {
  askFirstFiles();
  askRootFolders();
}

/**
 * Resolves when the first rows and folders are in, or after `ms`: a page that waits this long before its first
 * render draws the list once, with its rows, instead of a skeleton and then the rows (two renders of the whole
 * page, the first of which also holds up the requests). A slower answer gets the skeleton after `ms`.
 */
export const firstRowsSettled = (ms: number): Promise<unknown> => Promise.all([firstFilesSettled(ms), rootFoldersSettled(ms)]);
