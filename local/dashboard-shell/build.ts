import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What `wix app build` reads (configuration, the page, the backend and the code they share): a change to any makes dist stale. */
export const BUILD_INPUTS = ['wix.config.json', 'package.json', 'tsconfig.json', 'src'];
const BUILD_OUTPUT = path.join('dist', 'backend', 'entry.mjs');

function newestChange(target: string): number {
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

function isBuildCurrent(projectDir: string): boolean {
  const output = path.join(projectDir, BUILD_OUTPUT);
  if (!existsSync(output)) return false;
  const builtAt = statSync(output).mtimeMs;
  return BUILD_INPUTS.map((input) => path.join(projectDir, input))
    .filter((input) => existsSync(input))
    .every((input) => newestChange(input) <= builtAt);
}

/**
 * Runs `wix app build` (offline, ~15 s) unless dist is newer than every input, so a second
 * `npm start` is ready in a second or two. The shell serves what the build produced and
 * nothing else: the same files Wix would host.
 */
export async function ensureBuilt(projectDir: string, log: (line: string) => void = () => {}): Promise<void> {
  if (isBuildCurrent(projectDir)) return;
  log('Building the app with `wix app build` (about 15 seconds)…');
  const wixBin = path.join(projectDir, 'node_modules', '.bin', 'wix');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(wixBin, ['app', 'build'], { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`\`wix app build\` failed (exit ${code}); fix the error below and run again.\n${output.join('')}`);
  }
}
