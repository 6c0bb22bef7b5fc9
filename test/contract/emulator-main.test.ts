/** `npm run emulator`: starts alone on MEDIA_EMULATOR_PORT, prints its URL, serves the sample library, stops on SIGTERM. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmulatorClient, createEmulatorDataClient } from '../../local/wix-client';
import { LINKS_COLLECTION_ID } from '../../src/backend/link-history/collection';
import { emulatorControl } from '../../local/emulator-control';
import { SAMPLE } from './emulator-setup';

const root = join(__dirname, '../..');

function runEmulator(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'local/wix-emulator/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const printed = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /Wix API emulator: (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${output}`)));
  });
  // The second test expects the process to exit; only a caller that awaits `printed` cares why.
  printed.catch(() => undefined);
  return { child, printed, output: () => output };
}

describe('npm run emulator', () => {
  it('prints its URL and serves the sample library and LINK_HISTORY_SIZE link records until stopped', async () => {
    const { child, printed } = runEmulator({ MEDIA_EMULATOR_PORT: '0', MEDIA_LIBRARY_SIZE: '10', LINK_HISTORY_SIZE: '7' });
    try {
      const url = await printed;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const tokens = await emulatorControl(url).tokens();
      const result = await createEmulatorClient(url, tokens.admin).files.searchFiles({ paging: { limit: 100 } });
      expect(result.files!.map((file) => file._id)).toContain(SAMPLE.docsAudio);
      expect(result.files).toHaveLength(SAMPLE.totalFiles + 10);
      expect(await createEmulatorDataClient(url, tokens.app).items.query(LINKS_COLLECTION_ID).count()).toBe(7);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('explains a bad MEDIA_LIBRARY_SIZE in a sentence and exits non-zero', async () => {
    const { child, output } = runEmulator({ MEDIA_EMULATOR_PORT: '0', MEDIA_LIBRARY_SIZE: 'lots' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output()).toContain('MEDIA_LIBRARY_SIZE must be a whole number');
  });
});
