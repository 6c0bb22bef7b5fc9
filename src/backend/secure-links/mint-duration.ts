/**
 * How long the Wix download URL minted for one click lives. Short, because anyone who sees that URL can use it
 * until then; long enough for the download to finish, because a transfer or a resumed range request after expiry
 * fails. So: five minutes to start, plus the file's transfer time at a slow connection (1 Mbit/s), capped at four
 * hours, beyond which a slow connection needs a new click anyway.
 */
export const MIN_MINT_MINUTES = 5;
export const MAX_MINT_MINUTES = 240;
/** When the size is unknown: enough for about 450 MB at the slow rate. */
export const UNKNOWN_SIZE_MINT_MINUTES = 60;
const SLOW_BYTES_PER_SECOND = 125_000;

export function mintMinutes(sizeInBytes: number | undefined): number {
  if (sizeInBytes === undefined || !Number.isFinite(sizeInBytes) || sizeInBytes < 0) return UNKNOWN_SIZE_MINT_MINUTES;
  const transferMinutes = Math.ceil(sizeInBytes / SLOW_BYTES_PER_SECOND / 60);
  return Math.min(MAX_MINT_MINUTES, MIN_MINT_MINUTES + transferMinutes);
}
