/** Where @wix/sdk and the Wix runtime send every API call; on this machine the media emulator answers instead. */
export const WIX_API_ORIGIN = 'https://www.wixapis.com';

/** The same request addressed to the emulator; any other address is left as it is. */
export const toEmulator = (url: string, emulatorUrl: string): string =>
  url.startsWith(WIX_API_ORIGIN) ? emulatorUrl.replace(/\/$/, '') + url.slice(WIX_API_ORIGIN.length) : url;
