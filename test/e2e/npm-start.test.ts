import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from './support';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function runStart(env: Record<string, string>): Started {
  const child = spawn(path.join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'), ['local/start.ts'], {
    cwd: PROJECT_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Started, text: string): Promise<void> {
  while (!started.output().includes(text)) {
    if (started.child.exitCode !== null) throw new Error(`npm start exited early:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start (local/start.ts)', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('prints the page URL, serves the dashboard and the emulator, and stops both on Ctrl-C', async () => {
    const [shellPort, emulatorPort] = [await freePort(), await freePort()];
    const started = runStart({ PORT: String(shellPort), MEDIA_EMULATOR_PORT: String(emulatorPort) });
    cleanups.push(() => started.child.kill('SIGKILL'));
    await waitForOutput(started, 'Press Ctrl-C');
    const pageUrl = `http://127.0.0.1:${shellPort}/`;
    expect(started.output()).toContain(`Dashboard page:  ${pageUrl}`);

    const page = await fetch(pageUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-hook="shell-page-frame"');
    const tokens = await fetch(`http://127.0.0.1:${emulatorPort}/__emulator/tokens`);
    expect(tokens.status).toBe(200);

    started.child.kill('SIGINT');
    // 130 (128 + SIGINT) when miniflare's own exit hook ends the process first; either way both servers stop.
    expect([0, 130]).toContain(await started.exited);
    await expect(fetch(pageUrl)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${emulatorPort}/__emulator/tokens`)).rejects.toThrow();
  });

  it.each([
    ['PORT', 'dashboard shell'],
    ['MEDIA_EMULATOR_PORT', 'media emulator'],
  ])('fails with a plain sentence when %s is taken', async (variable, what) => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const taken = (blocker.address() as AddressInfo).port;
    const other = variable === 'PORT' ? 'MEDIA_EMULATOR_PORT' : 'PORT';
    const started = runStart({ [variable]: String(taken), [other]: String(await freePort()) });
    cleanups.push(() => started.child.kill('SIGKILL'));
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain(`Port ${taken} is already in use, so the ${what} cannot start.`);
    expect(started.output()).toContain(`${variable}=`);
  });
});
