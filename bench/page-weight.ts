/**
 * Page weight: gzip bytes of the built JS and CSS files a page actually loaded in Chromium (its module
 * imports, modulepreloads and stylesheets, as the Resource Timing list shows them), read from the
 * `wix app build` output. Chunks the page loads only later (e.g. the QR code) are not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageWeight = { jsGzip: number; cssGzip: number; files: string[] };

const BUILT_ASSET = /\/browser\/assets\/([^/?#]+\.(js|css))(?:[?#]|$)/;

export function pageWeight(projectDir: string, loadedUrls: readonly string[]): PageWeight {
  const assetsDir = path.join(projectDir, 'dist', 'statics', 'browser', 'assets');
  const names = [...new Set(loadedUrls.flatMap((url) => BUILT_ASSET.exec(url)?.[1] ?? []))].sort();
  let jsGzip = 0;
  let cssGzip = 0;
  for (const name of names) {
    const bytes = gzipSync(readFileSync(path.join(assetsDir, name))).length;
    if (name.endsWith('.css')) cssGzip += bytes;
    else jsGzip += bytes;
  }
  if (jsGzip === 0) throw new Error(`No built script was seen loading from ${assetsDir}; is the page served from that build?`);
  return { jsGzip, cssGzip, files: names };
}
