/**
 * Page weight, gzip bytes of files from the `wix app build` output:
 * - loaded: the JS and CSS files a page had loaded in Chromium by the time its first row (or the
 *   control's text) was laid out, as its Resource Timing list showed them then. Chunks the page fetches
 *   later (the link panel, the QR code library) are not in it.
 * - reachable: every JS file the page can ever load, i.e. the loaded scripts plus everything they
 *   import, statically or dynamically, followed through the built files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageWeight = { jsGzip: number; cssGzip: number; files: string[]; jsGzipTotal: number; allFiles: string[] };

const BUILT_ASSET = /\/browser\/assets\/([^/?#]+\.(js|css))(?:[?#]|$)/;
// The build writes sibling chunks as "./name.js" in static `from`/`import` and in dynamic `import(...)`.
const SIBLING_SCRIPT = /(?:from|import)\s*\(?\s*["']\.\/([^"'/]+\.js)["']/g;

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

function reachableScripts(assetsDir: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(path.join(assetsDir, name), 'utf8');
    for (const match of code.matchAll(SIBLING_SCRIPT)) if (match[1]) queue.push(match[1]);
  }
  return [...seen].sort();
}

export function pageWeight(projectDir: string, loadedUrls: readonly string[]): PageWeight {
  const assetsDir = path.join(projectDir, 'dist', 'statics', 'browser', 'assets');
  const files = [...new Set(loadedUrls.flatMap((url) => BUILT_ASSET.exec(url)?.[1] ?? []))].sort();
  const scripts = files.filter((name) => name.endsWith('.js'));
  const sum = (names: readonly string[]) => names.reduce((total, name) => total + gzipSize(path.join(assetsDir, name)), 0);
  const jsGzip = sum(scripts);
  if (jsGzip === 0) throw new Error(`No built script was seen loading from ${assetsDir}; is the page served from that build?`);
  const allFiles = reachableScripts(assetsDir, scripts);
  return {
    jsGzip,
    cssGzip: sum(files.filter((name) => name.endsWith('.css'))),
    files,
    jsGzipTotal: sum(allFiles),
    allFiles,
  };
}
