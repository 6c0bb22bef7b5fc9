/**
 * Page weight in each of the Wix account languages the page speaks: the dashboard opened with `?locale=` (the
 * shell hands it to the page as Wix does), and the JS it loaded before its first rows, against the floor page.
 * Only the user's language's catalogs are fetched, so the figure differs per language by their sizes.
 */
import type { BrowserContext } from 'playwright-core';
import { measureFirstRows } from './first-rows';
import { pageWeight } from './page-weight';
import { ratio } from './stats';

export const DEFAULT_LOCALES = ['en-US', 'de-DE', 'ja-JP'];

export type LocaleWeight = { locale: string; pageJsGzip: number; appToFloor: number; catalogFiles: string[] };

export async function weightByLocale(
  context: BrowserContext,
  app: { shellUrl: string; dir: string },
  floorJsGzip: number,
  locales: readonly string[],
): Promise<LocaleWeight[]> {
  const weights: LocaleWeight[] = [];
  for (const locale of locales) {
    const url = new URL(app.shellUrl);
    url.searchParams.set('locale', locale);
    const { loaded } = await measureFirstRows(context, url.href);
    const size = pageWeight(app.dir, loaded);
    weights.push({
      locale,
      pageJsGzip: size.jsGzip,
      appToFloor: ratio(size.jsGzip, floorJsGzip),
      // The catalog chunks are named by language (en.ch.….js).
      catalogFiles: size.files.filter((name) => /^[a-z]{2}(-[A-Z]{2})?\.ch\./.test(name)),
    });
  }
  return weights;
}

/** `--locale de-DE,ja-JP` from the command line, else the default set. */
export function localesFromArgs(args: readonly string[]): string[] {
  const at = args.indexOf('--locale');
  const value = at >= 0 ? args[at + 1] : undefined;
  return value ? value.split(',').map((tag) => tag.trim()).filter(Boolean) : DEFAULT_LOCALES;
}
