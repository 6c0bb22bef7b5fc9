/** `npm run emulator`: the emulator alone, on MEDIA_EMULATOR_PORT (default 4322). */
import { portTakenMessage } from '../listen';
import { startEmulator } from './index';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number (got "${raw}"). Fix it or unset it and try again.`);
    process.exit(1);
  }
  return value;
}

const port = intFromEnv('MEDIA_EMULATOR_PORT', 4322);
const librarySize = intFromEnv('MEDIA_LIBRARY_SIZE', 0);
const linkHistorySize = intFromEnv('LINK_HISTORY_SIZE', 0);

try {
  const emulator = await startEmulator({ port, librarySize, linkHistorySize, rateLimit: process.env.MEDIA_EMULATOR_RATE_LIMIT !== 'off' });
  console.log(`Wix API emulator: ${emulator.url}`);
  console.log(`Tokens: ${emulator.url}/__emulator/tokens`);
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    console.error(portTakenMessage(port, 'media emulator', 'MEDIA_EMULATOR_PORT', 'npm run emulator'));
  } else {
    console.error('The media emulator could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
