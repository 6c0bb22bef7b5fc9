/**
 * The React the dashboard hosts the page with. The built page takes React from `window.React`, and Wix's page
 * HTML loads React 16.14 there, not the React 18 the project installs for its tests; serving any other version
 * here would hide code that only works on a newer React (e.g. `useSyncExternalStore`). The UMD builds come from
 * devDependencies aliased as react-16-umd and react-dom-16-umd.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const UMD_BUILDS = [
  { served: 'react.js', alias: 'react-16-umd', name: 'react', file: 'react.production.min.js' },
  { served: 'react-dom.js', alias: 'react-dom-16-umd', name: 'react-dom', file: 'react-dom.production.min.js' },
];

/** Served file name → path of the UMD build, after checking it is the version the built page names. */
export function reactUmdFiles(projectDir: string, version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const { served, alias, name, file } of UMD_BUILDS) {
    const packageDir = path.join(projectDir, 'node_modules', alias);
    const installed = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
    if (installed !== version) {
      throw new Error(
        `The built page expects React ${version} from the dashboard, but ${alias} is ${installed}: ` +
          `set the ${alias} devDependency to npm:${name}@${version} and run npm install.`,
      );
    }
    files[served] = path.join(packageDir, 'umd', file);
  }
  return files;
}
