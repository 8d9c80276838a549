import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createClientReferenceCipher, parseReferenceKeys } from './client-reference-cipher.ts';

const key = (kid: string) => ({ kid, key: randomBytes(32) });

describe('client reference cipher', () => {
  it('round-trips and never stores the plaintext', () => {
    const cipher = createClientReferenceCipher([key('k1')]);
    const sealed = cipher.seal('ASIAKAS-TESTI-0001');
    expect(JSON.stringify(sealed)).not.toContain('ASIAKAS');
    expect(sealed.kid).toBe('k1');
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(cipher.open(sealed)).toBe('ASIAKAS-TESTI-0001');
  });

  it('uses a fresh IV each time', () => {
    const cipher = createClientReferenceCipher([key('k1')]);
    expect(cipher.seal('same').ciphertext).not.toBe(cipher.seal('same').ciphertext);
  });

  it('refuses a tampered tag, ciphertext or kid', () => {
    const k1 = key('k1');
    const k2 = { kid: 'k2', key: k1.key };
    const cipher = createClientReferenceCipher([k1, k2]);
    const sealed = cipher.seal('reference');
    const flip = (b64: string) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString('base64');
    };
    expect(() => cipher.open({ ...sealed, tag: flip(sealed.tag) })).toThrow();
    expect(() => cipher.open({ ...sealed, ciphertext: flip(sealed.ciphertext) })).toThrow();
    expect(() => cipher.open({ ...sealed, kid: 'k2' })).toThrow();
    expect(() => cipher.open({ ...sealed, kid: 'unknown' })).toThrow(/unknown/);
  });

  it('after rotation seals with the new key and still opens values of the old one', () => {
    const old = key('k0');
    const sealedBefore = createClientReferenceCipher([old]).seal('before');
    const rotated = createClientReferenceCipher([key('k1'), old]);
    expect(rotated.open(sealedBefore)).toBe('before');
    expect(rotated.seal('after').kid).toBe('k1');
  });

  it('parses CONSULT_KEYS and names the kid, not the key, in errors', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    expect(parseReferenceKeys(`k1:${a}, k0:${b}`).map((k) => k.kid)).toEqual(['k1', 'k0']);
    const short = randomBytes(16).toString('base64');
    expect(() => parseReferenceKeys(`k1:${short}`)).toThrow('CONSULT_KEYS: key k1 must be 32 bytes');
    expect(() => parseReferenceKeys(`k1:${short}`)).not.toThrow(short);
    expect(() => parseReferenceKeys(`k1:${a},k1:${b}`)).toThrow(/repeats/);
    expect(() => parseReferenceKeys('')).toThrow(/no key/);
  });
});
