/**
 * Builds the benchmarked pages in private copies of the project, with `wix app build` exactly as
 * `npm run build` does. A copy keeps the measured build fixed while the shared tree's own dist is
 * rebuilt underneath (by tests or `npm start`), and lets the control page differ only in page.tsx.
 */
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_INPUTS, ensureBuilt } from '../local/dashboard-shell/build';

export type ProjectCopy = { dir: string; remove(): Promise<void> };

export async function buildProjectCopy(projectDir: string, options: { name: string; pageSource?: string }): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), `share-links-${options.name}-`));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    for (const entry of BUILD_INPUTS) await cp(path.join(projectDir, entry), path.join(dir, entry), { recursive: true });
    if (options.pageSource !== undefined) await writeFile(path.join(dir, 'src/dashboard/pages/page.tsx'), options.pageSource);
    await symlink(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    await ensureBuilt(dir);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir, remove };
}
