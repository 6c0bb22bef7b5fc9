/** The original upload's asset key: the default of `assetKeys`, and what Wix links to when no key is given. */
export const ORIGINAL_ASSET_KEY = 'src';
