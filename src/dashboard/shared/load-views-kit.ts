/**
 * The views kit (views-kit.ts), fetched once beside a view's chunk and kept; fetched anew after a failed download
 * (see retryable-import). Both views' loaders await it before they show, so a view's code may read `viewsKit()`
 * whenever it renders or runs, never at module load.
 */
import { retryableImport } from './retryable-import';

type ViewsKit = typeof import('./views-kit');

let kit: ViewsKit | undefined;
const importKit = retryableImport(() => import('./views-kit'), import.meta.url);

export const loadViewsKit = (): Promise<ViewsKit> => importKit().then((loaded) => (kit = loaded));

export function viewsKit(): ViewsKit {
  if (!kit) throw new Error('The views kit is read before a view loaded it.');
  return kit;
}
