import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** A value sealed with AES-256-GCM; every part base64. `kid` names the key, so old keys keep opening old values. */
export const SealedValue = z.object({
  kid: z.string().min(1).max(32),
  iv: z.string().min(1),
  tag: z.string().min(1),
  ciphertext: z.string(),
});
export type SealedValue = z.infer<typeof SealedValue>;

export interface ReferenceKey {
  kid: string;
  /** 32 bytes. */
  key: Buffer;
}

/** Seals with the first (current) key; opens with whichever key the value names. */
export interface ClientReferenceCipher {
  seal(plaintext: string): SealedValue;
  /** Throws when the key is unknown or the value was tampered with. */
  open(sealed: SealedValue): string;
}

const KID = /^[A-Za-z0-9_-]{1,32}$/;

/**
 * Parses `kid1:base64key,kid0:base64key` (first = current). Throws naming the kid, never the key, when a
 * key is not 32 bytes or a kid repeats.
 */
export function parseReferenceKeys(text: string): ReferenceKey[] {
  const keys = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const colon = part.indexOf(':');
      const kid = part.slice(0, colon);
      if (colon < 1 || !KID.test(kid)) throw new Error('CONSULT_KEYS: each entry is kid:base64key');
      const key = Buffer.from(part.slice(colon + 1), 'base64');
      if (key.length !== 32) throw new Error(`CONSULT_KEYS: key ${kid} must be 32 bytes`);
      return { kid, key };
    });
  if (keys.length === 0) throw new Error('CONSULT_KEYS: no key');
  if (new Set(keys.map((k) => k.kid)).size !== keys.length) throw new Error('CONSULT_KEYS: a kid repeats');
  if (keys.some((k) => k.kid === 'derived')) throw new Error('CONSULT_KEYS: the kid "derived" is reserved');
  return keys;
}

export function createClientReferenceCipher(keys: readonly ReferenceKey[]): ClientReferenceCipher {
  const current = keys[0];
  if (!current) throw new Error('the client reference cipher needs a key');
  const byKid = new Map(keys.map((k) => [k.kid, k.key]));
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      // The kid is authenticated too, so a value cannot be relabelled to another key.
      cipher.setAAD(Buffer.from(current.kid, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return {
        kid: current.kid,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        ciphertext: ciphertext.toString('base64'),
      };
    },
    open(sealed) {
      const key = byKid.get(sealed.kid);
      if (!key) throw new Error('unknown client reference key');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(Buffer.from(sealed.kid, 'utf8'));
      decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
      return Buffer.concat([
        decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * The key used when CONSULT_KEYS is not set, derived from the server secret (which every node shares), so
 * the embedded default needs no configuration. It stays in the ring after CONSULT_KEYS is set, so values it
 * sealed keep opening while the secret is unchanged.
 */
export function derivedReferenceKey(secret: string): ReferenceKey {
  const key = Buffer.from(hkdfSync('sha256', secret, 'konsiili', 'consult-client-reference', 32));
  return { kid: 'derived', key };
}
