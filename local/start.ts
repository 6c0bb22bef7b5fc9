import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalApp } from './dashboard-shell/local-app';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${raw} is not a port number; use a whole number from 1 to 65535, e.g. ${name}=${fallback}.`);
  }
  return port;
}

function countFromEnv(name: string, what: string, example: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 0) {
    throw new Error(`${name}=${raw} is not ${what}; use a whole number such as ${name}=${example}.`);
  }
  return size;
}

async function main(): Promise<void> {
  const started = Date.now();
  const app = await startLocalApp({
    projectDir,
    shellPort: portFromEnv('PORT', 4321),
    emulatorPort: portFromEnv('MEDIA_EMULATOR_PORT', 4322),
    librarySize: countFromEnv('MEDIA_LIBRARY_SIZE', 'a file count', 5000),
    linkHistorySize: countFromEnv('LINK_HISTORY_SIZE', 'a link count', 10000),
    log: (line) => console.log(line),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nMedia Share Links is running (ready in ${seconds} s).`);
  console.log(`  Dashboard page:  ${app.shellUrl}`);
  console.log(`  Media emulator:  ${app.emulatorUrl}`);
  console.log('Open the dashboard page in your browser. Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the dashboard shell and the media emulator…');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`\nnpm start could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
