import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  appId: z.string(),
  components: z.array(z.object({ compId: z.string(), compType: z.string(), compName: z.string().optional() })),
});

export type BuiltPage = { appId: string; pageId: string; title: string; scriptAsset: string; reactVersion: string };

/**
 * Reads which dashboard page the build produced from the app manifest Wix would receive, and the
 * name of the module that registers it (`script-asset-<pageId>.ch.<hash>.js`), so the shell loads
 * exactly what `wix app build` emitted instead of a copy of the page wired up by hand.
 */
export function readBuiltPage(distDir: string): BuiltPage {
  const manifestPath = path.join(distDir, 'devcenter', 'app-manifest.json');
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const page = manifest.components.find((component) => component.compType === 'BACK_OFFICE_PAGE');
  if (!page) throw new Error(`The build has no dashboard page (${manifestPath}); run \`npm run build\` and check its output.`);
  const assetsDir = path.join(distDir, 'statics', 'browser', 'assets');
  const scriptAsset = readdirSync(assetsDir).find(
    (name) => name.startsWith(`script-asset-${page.compId}.`) && name.endsWith('.js'),
  );
  if (!scriptAsset) throw new Error(`The build has no script for page ${page.compId} in ${assetsDir}; run \`npm run build\`.`);
  return {
    appId: manifest.appId,
    pageId: page.compId,
    title: page.compName ?? 'Dashboard page',
    scriptAsset,
    reactVersion: readReactVersion(distDir, page.compId),
  };
}

/**
 * React is not in the page bundle: the HTML that `wix app build` writes for the page loads it as a UMD global
 * from Wix's CDN, at the version the dashboard hosts (16.14.0 with this CLI), whatever package.json says.
 */
function readReactVersion(distDir: string, pageId: string): string {
  const htmlDir = path.join(distDir, 'statics', 'wix', 'html', 'dashboard-asset');
  const htmlName = readdirSync(htmlDir).find((name) => name.startsWith(`${pageId}.`) && name.endsWith('.html'));
  const html = htmlName ? readFileSync(path.join(htmlDir, htmlName), 'utf8') : '';
  const version = /\/react@(\d+\.\d+\.\d+)\//.exec(html)?.[1];
  if (!version) throw new Error(`The build's page HTML in ${htmlDir} names no React version; run \`npm run build\`.`);
  return version;
}
