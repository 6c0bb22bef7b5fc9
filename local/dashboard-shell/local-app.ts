import { startEmulator } from '../media-emulator';
import { ensureBuilt } from './build';
import { startShell, type Shell } from './server';

export type LocalAppOptions = {
  projectDir: string;
  /** 0 (the default) picks free ports, which is what tests want. */
  shellPort?: number;
  emulatorPort?: number;
  librarySize?: number;
  log?: (line: string) => void;
};

export type LocalApp = { shellUrl: string; emulatorUrl: string; shell: Shell; close(): Promise<void> };

/** The whole app on this machine: build if stale, then the media emulator and the dashboard shell. */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  await ensureBuilt(options.projectDir, options.log);
  const emulatorPort = options.emulatorPort ?? 0;
  const emulator = await startEmulator({ port: emulatorPort, librarySize: options.librarySize }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(
      `Port ${emulatorPort} is already in use, so the media emulator cannot start. Stop the program using it, or choose another port, e.g. MEDIA_EMULATOR_PORT=${emulatorPort + 10} npm start.`,
    );
  });
  let shell: Shell;
  try {
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
