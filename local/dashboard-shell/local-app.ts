import { createServer } from 'node:http';
import { startEmulator, type RunningEmulator } from '../wix-emulator';
import { ensureBuilt } from './build';
import { listenOrExplain, portTakenMessage } from '../listen';
import { startShell, type Shell } from './server';

export type LocalAppOptions = {
  projectDir: string;
  /** 0 (the default) picks free ports, which is what tests want. */
  shellPort?: number;
  emulatorPort?: number;
  librarySize?: number;
  /** Synthetic link records in the main site's link history. */
  linkHistorySize?: number;
  log?: (line: string) => void;
};

export type LocalApp = { shellUrl: string; emulatorUrl: string; shell: Shell; close(): Promise<void> };

async function startEmulatorOrExplain(port: number, sizes: Pick<LocalAppOptions, 'librarySize' | 'linkHistorySize'>): Promise<RunningEmulator> {
  return startEmulator({ port, librarySize: sizes.librarySize, linkHistorySize: sizes.linkHistorySize }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(portTakenMessage(port, 'media emulator', 'MEDIA_EMULATOR_PORT'));
  });
}

/** Fails before a 15-second build rather than after it when the shell's port is taken. */
async function checkShellPortFree(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await listenOrExplain(probe, port, '127.0.0.1', 'dashboard shell', 'PORT');
  await new Promise<void>((resolve) => probe.close(() => resolve()));
}

/** The whole app on this machine: the media emulator, a build if dist is stale, then the dashboard shell. */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const emulator = await startEmulatorOrExplain(options.emulatorPort ?? 0, options);
  let shell: Shell;
  try {
    await checkShellPortFree(options.shellPort ?? 0);
    await ensureBuilt(options.projectDir, options.log);
    shell = await startShell({ projectDir: options.projectDir, emulatorUrl: emulator.url, port: options.shellPort ?? 0 });
  } catch (error) {
    await emulator.close();
    throw error;
  }
  return {
    shellUrl: shell.url,
    emulatorUrl: emulator.url,
    shell,
    close: async () => {
      await shell.close();
      await emulator.close();
    },
  };
}
