/**
 * The token in a secure link's URL, `{backend origin}/functions/l/<token>`. It names the site's installation, so
 * any deployment of the app can serve it, and the link, and shows neither: it is sealed with authenticated
 * encryption under keys derived from the app secret. Only this module knows its format.
 *
 * Format 1: 45 bytes, written as 60 base64url characters (45 is a multiple of 3, so no padding and no spare bits
 * that would give one token two spellings):
 *
 *   byte 0        format version (1); part of the MAC input below, so it is authenticated like AAD
 *   bytes 1..12   V = first 96 bits of HMAC-SHA256(K_mac, version ‖ P): the synthetic IV, which is also the tag
 *   bytes 13..44  C = AES-256-CTR(K_enc, counter block V ‖ 0x00000000, P)
 *   P = instance id (the UUID's 16 bytes) ‖ link id (its 16 random bytes; the history writes them as 22
 *       base64url characters, link-history/link-id.ts, and unsealing gives back that same spelling)
 *
 * This is SIV, the deterministic authenticated encryption of Rogaway and Shrimpton with RFC 5297's layout, with
 * HMAC-SHA256 as the PRF because WebCrypto has no CMAC or AES-SIV. Unsealing decrypts, recomputes V and compares
 * it in constant time; any other change to any byte makes the MAC differ. Why not AES-GCM or JWE:
 * - Length. GCM must carry a random 12-byte nonce and a 16-byte tag: 61 bytes, 82 characters. A compact JWE
 *   (dir, A256GCM) is over 120 characters on its own. Wix's backend origins are not known in advance and the
 *   whole URL must stay within 120 characters for a clean QR code, so the 22 characters matter.
 * - No nonce to get wrong. The same link always seals to the same token (the Links view can show the URL again
 *   without storing it), and there is no nonce whose repetition would break confidentiality or integrity.
 * - 96-bit tag: a forged token passes with probability 2^-96 per try, and the key never leaves the server, so
 *   guessing can only happen online. Truncating a PRF keeps it a PRF (unlike GCM's tag, whose short forms
 *   weaken); two links share a CTR counter only if their 96-bit V collide, expected after about 2^48 links.
 *
 * K_mac and K_enc are 256-bit keys from HKDF-SHA256 over the app secret, each with its own purpose label, so no
 * other use of the secret ever shares a key with these. Resetting the app secret invalidates every secure link.
 */
import { equalBytes } from './constant-time';
import { fromBase64Url, toBase64Url } from './base64url';
import { LINK_ID_PATTERN } from '../link-history/link-id';

export const TOKEN_VERSION = 1;
export const TOKEN_LENGTH = 60;

const TAG_BYTES = 12;
const ID_BYTES = 16;
const SEALED_BYTES = 1 + TAG_BYTES + 2 * ID_BYTES;
const MAC_LABEL = 'media-share-links/secure-link-token/v1/mac';
const ENC_LABEL = 'media-share-links/secure-link-token/v1/enc';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LinkAddress = { instanceId: string; linkId: string };
export type UnsealResult = ({ ok: true } & LinkAddress) | { ok: false };

type TokenKeys = { mac: CryptoKey; enc: CryptoKey };

const encoder = new TextEncoder();
let cachedKeys: { secret: string; keys: Promise<TokenKeys> } | undefined;

async function deriveKeys(secret: string): Promise<TokenKeys> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveBits']);
  const bits = (label: string) =>
    crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: encoder.encode(label) }, base, 256);
  const [macBits, encBits] = await Promise.all([bits(MAC_LABEL), bits(ENC_LABEL)]);
  const [mac, enc] = await Promise.all([
    crypto.subtle.importKey('raw', macBits, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    crypto.subtle.importKey('raw', encBits, 'AES-CTR', false, ['encrypt', 'decrypt']),
  ]);
  return { mac, enc };
}

/** One secret per deployment: derive its keys once per isolate, not on every request. */
function keysFor(secret: string): Promise<TokenKeys> {
  if (cachedKeys?.secret !== secret) cachedKeys = { secret, keys: deriveKeys(secret) };
  return cachedKeys.keys;
}

async function syntheticIv(keys: TokenKeys, plain: Uint8Array): Promise<Uint8Array> {
  const input = new Uint8Array(1 + plain.length);
  input[0] = TOKEN_VERSION;
  input.set(plain, 1);
  return new Uint8Array(await crypto.subtle.sign('HMAC', keys.mac, input)).slice(0, TAG_BYTES);
}

async function ctr(keys: TokenKeys, iv: Uint8Array, data: Uint8Array, direction: 'encrypt' | 'decrypt'): Promise<Uint8Array> {
  const counter = new Uint8Array(16);
  counter.set(iv);
  const algorithm = { name: 'AES-CTR', counter, length: 32 };
  const out = direction === 'encrypt' ? crypto.subtle.encrypt(algorithm, keys.enc, data) : crypto.subtle.decrypt(algorithm, keys.enc, data);
  return new Uint8Array(await out);
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16));

function uuidText(bytes: Uint8Array): string {
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Throws on an empty secret or a malformed id: those are the caller's bugs, never a visitor's input. */
export async function sealLinkToken(secret: string, address: LinkAddress): Promise<string> {
  if (!secret) throw new TypeError('sealLinkToken needs the app secret');
  if (!UUID.test(address.instanceId)) throw new TypeError('sealLinkToken: the instance id must be a UUID');
  const linkBytes = LINK_ID_PATTERN.test(address.linkId) ? fromBase64Url(address.linkId) : undefined;
  if (linkBytes?.length !== ID_BYTES) throw new TypeError('sealLinkToken: the link id must come from newLinkId()');
  const keys = await keysFor(secret);
  const plain = new Uint8Array(2 * ID_BYTES);
  plain.set(fromHex(address.instanceId.replace(/-/g, '').toLowerCase()));
  plain.set(linkBytes, ID_BYTES);
  const iv = await syntheticIv(keys, plain);
  const sealed = new Uint8Array(SEALED_BYTES);
  sealed[0] = TOKEN_VERSION;
  sealed.set(iv, 1);
  sealed.set(await ctr(keys, iv, plain, 'encrypt'), 1 + TAG_BYTES);
  return toBase64Url(sealed);
}

/**
 * The instance and link a token names, or `{ ok: false }` for anything that is not a token this app sealed with
 * this secret. Never throws, whatever it is given: a visitor controls every character.
 */
export async function unsealLinkToken(secret: string, token: unknown): Promise<UnsealResult> {
  try {
    if (!secret || typeof token !== 'string' || token.length !== TOKEN_LENGTH) return { ok: false };
    const sealed = fromBase64Url(token);
    if (sealed?.length !== SEALED_BYTES || sealed[0] !== TOKEN_VERSION) return { ok: false };
    const keys = await keysFor(secret);
    const iv = sealed.slice(1, 1 + TAG_BYTES);
    const plain = await ctr(keys, iv, sealed.slice(1 + TAG_BYTES), 'decrypt');
    if (!equalBytes(iv, await syntheticIv(keys, plain))) return { ok: false };
    return { ok: true, instanceId: uuidText(plain.slice(0, ID_BYTES)), linkId: toBase64Url(plain.slice(ID_BYTES)) };
  } catch {
    return { ok: false };
  }
}
