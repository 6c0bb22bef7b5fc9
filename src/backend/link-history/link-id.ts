/**
 * A link's id: 128 random bits from WebCrypto, base64url (22 characters). It is the record's `_id` and appears in
 * the page, so it must not be guessable from other links' ids; a counter or timestamp would be.
 */
const ID_BYTES = 16;

export function newLinkId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(ID_BYTES));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What `newLinkId` makes; the shape any link id argument must have. */
export const LINK_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Any stored link's id (direct, secure and seeded ids differ in length): what a linkId argument may look like. */
export const STORED_LINK_ID = /^[A-Za-z0-9_-]{1,64}$/;
