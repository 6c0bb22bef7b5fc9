import { startLocalApp, type LocalApp } from '../../../local/dashboard-shell/local-app';
import { emulatorControl, type EmulatorControl } from '../../../local/emulator-control';
import { PROJECT_DIR } from './project';

export type TestApp = LocalApp & { emulator: EmulatorControl };

/**
 * Emulator and dashboard shell on free ports, after `wix app build` if dist is stale. Start one per
 * test file (beforeAll) and call `emulator.reset()` between tests.
 */
export async function startTestApp(options: { librarySize?: number; linkHistorySize?: number; projectDir?: string } = {}): Promise<TestApp> {
  const app = await startLocalApp({
    projectDir: options.projectDir ?? PROJECT_DIR,
    librarySize: options.librarySize,
    linkHistorySize: options.linkHistorySize,
  });
  return { ...app, emulator: emulatorControl(app.emulatorUrl) };
}
