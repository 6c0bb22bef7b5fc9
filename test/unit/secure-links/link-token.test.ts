import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/backend/secure-links/base64url';
import { newLinkId } from '../../../src/backend/link-history/link-id';
import { sealLinkToken, TOKEN_LENGTH, unsealLinkToken } from '../../../src/backend/secure-links/link-token';
import { secureLinkUrl, tokenFromUrl } from '../../../src/backend/secure-links/link-url';

const secret = 'app-secret-for-tests';
const address = { instanceId: '6a3e2f1c-9b7d-4e8a-a1b2-0c9d8e7f6a5b', linkId: 'ASNFZ4mrze8BI0VniavN7w' };

describe('sealLinkToken and unsealLinkToken', () => {
  it('round-trips the instance and link, in 60 URL-safe characters', async () => {
    const token = await sealLinkToken(secret, address);
    expect(token).toMatch(/^[A-Za-z0-9_-]{60}$/);
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(await unsealLinkToken(secret, token)).toEqual({ ok: true, ...address });
  });

  it('shows neither id in the token', async () => {
    const token = await sealLinkToken(secret, address);
    const bytes = Array.from(fromBase64Url(token) ?? [], (b) => b.toString(16).padStart(2, '0')).join('');
    expect(bytes).not.toContain(Buffer.from(address.linkId, 'base64url').toString('hex').slice(0, 8));
    expect(bytes).not.toContain(address.instanceId.replace(/-/g, '').slice(0, 8));
  });

  it('seals the same link to the same token, and different links to unrelated tokens', async () => {
    expect(await sealLinkToken(secret, address)).toBe(await sealLinkToken(secret, address));
    const other = await sealLinkToken(secret, { ...address, linkId: 'ASNFZ4mrze8BI0VniavN7g' });
    const token = await sealLinkToken(secret, address);
    expect(other.slice(1, 17)).not.toBe(token.slice(1, 17));
  });

  it('takes an upper-case UUID and gives back the lower-case spelling', async () => {
    const token = await sealLinkToken(secret, { ...address, instanceId: address.instanceId.toUpperCase() });
    expect(await unsealLinkToken(secret, token)).toEqual({ ok: true, ...address });
  });

  it('refuses to seal malformed ids or without a secret', async () => {
    await expect(sealLinkToken(secret, { ...address, instanceId: 'site-1' })).rejects.toThrow(TypeError);
    await expect(sealLinkToken(secret, { ...address, linkId: 'abc' })).rejects.toThrow(TypeError);
    await expect(sealLinkToken('', address)).rejects.toThrow(TypeError);
  });

  it('fails with another secret', async () => {
    const token = await sealLinkToken(secret, address);
    expect(await unsealLinkToken('another-secret', token)).toEqual({ ok: false });
    expect(await unsealLinkToken('', token)).toEqual({ ok: false });
  });

  it('fails after any single bit of the sealed bytes is flipped', async () => {
    const bytes = fromBase64Url(await sealLinkToken(secret, address)) as Uint8Array;
    for (let bit = 0; bit < bytes.length * 8; bit += 1) {
      const altered = bytes.slice();
      altered[bit >> 3] = (altered[bit >> 3] as number) ^ (1 << (bit & 7));
      expect(await unsealLinkToken(secret, toBase64Url(altered))).toEqual({ ok: false });
    }
  });

  it('fails for every truncation and every one-character extension', async () => {
    const token = await sealLinkToken(secret, address);
    for (let length = 0; length < token.length; length += 1) {
      expect(await unsealLinkToken(secret, token.slice(0, length))).toEqual({ ok: false });
      expect(await unsealLinkToken(secret, token.slice(token.length - length))).toEqual({ ok: false });
    }
    expect(await unsealLinkToken(secret, `${token}A`)).toEqual({ ok: false });
  });

  it('fails for a token of another format version', async () => {
    const bytes = fromBase64Url(await sealLinkToken(secret, address)) as Uint8Array;
    bytes[0] = 2;
    expect(await unsealLinkToken(secret, toBase64Url(bytes))).toEqual({ ok: false });
  });

  it('fails, without throwing, on 1,000+ random and mutated tokens of any shape', async () => {
    const genuine = await sealLinkToken(secret, address);
    const mutated = fc
      .tuple(fc.nat({ max: TOKEN_LENGTH - 1 }), fc.string({ minLength: 1, maxLength: 3, unit: 'grapheme' }), fc.nat({ max: 3 }))
      .map(([at, insert, removed]) => genuine.slice(0, at) + insert + genuine.slice(at + removed))
      .filter((token) => token !== genuine);
    const anything = fc.oneof(
      mutated,
      fc.stringMatching(/^[A-Za-z0-9_-]{60}$/),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.uint8Array({ minLength: 0, maxLength: 64 }).map(toBase64Url),
      fc.constantFrom('', ' ', '%00', 'A'.repeat(60), 'A'.repeat(100_000), '\u{1F600}'.repeat(30), genuine.toUpperCase()),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(anything, async (token) => {
        await expect(unsealLinkToken(secret, token)).resolves.toEqual({ ok: false });
      }),
      { numRuns: 1_500 },
    );
  });

  it('round-trips any id the link history makes', async () => {
    for (let i = 0; i < 50; i++) {
      const linkId = newLinkId();
      expect(await unsealLinkToken(secret, await sealLinkToken(secret, { ...address, linkId }))).toEqual({ ok: true, ...address, linkId });
    }
  });
});

describe('secureLinkUrl and tokenFromUrl', () => {
  it('composes /functions/l/<token> and reads the token back', async () => {
    const token = await sealLinkToken(secret, address);
    const url = secureLinkUrl('https://example-backend.wix.run/functions/', token);
    expect(url).toBe(`https://example-backend.wix.run/functions/l/${token}`);
    expect(tokenFromUrl(url)).toBe(token);
    expect(tokenFromUrl(`${url}/?utm_source=mail`)).toBe(token);
  });

  it('keeps the whole URL within 120 characters for any backend origin of up to 47 characters', async () => {
    const origin = `https://${'a'.repeat(39)}`;
    expect(secureLinkUrl(`${origin}/functions`, await sealLinkToken(secret, address)).length).toBe(120);
  });

  it('finds no token in other paths or non-URLs', () => {
    expect(tokenFromUrl('https://x.test/functions/l/')).toBeUndefined();
    expect(tokenFromUrl('https://x.test/functions/other')).toBeUndefined();
    expect(tokenFromUrl('not a url')).toBeUndefined();
  });
});
