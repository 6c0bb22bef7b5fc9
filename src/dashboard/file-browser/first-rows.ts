/**
 * The Files view's opening page of files and the root's folders, asked for when the page first renders, so they
 * download while the page's words do and the first rows wait for one round trip, not two.
 */
import { askFirstFiles } from './use-files';
import { askRootFolders } from './use-folders';

export function askFirstRows(): void {
  askFirstFiles();
  askRootFolders();
}
