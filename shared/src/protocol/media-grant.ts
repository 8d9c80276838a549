import { z } from 'zod';
import { RoomId, UserId } from '../model/ids.ts';
import { MediaRole } from './media.ts';

/**
 * A media grant: the server's signed word that ONE peer (a browser socket) of ONE user may act in ONE room's
 * call with ONE role until `exp` (ms since the epoch). The media process trusts nothing else: it verifies the
 * signature, the expiry, and that roomId and peerId match the request it came with.
 */
export const MediaGrant = z.object({
  roomId: RoomId,
  userId: UserId,
  peerId: z.string().min(1).max(64),
  role: MediaRole,
  exp: z.number().int().positive(),
});
export type MediaGrant = z.infer<typeof MediaGrant>;

export const GrantRefusal = {
  MALFORMED: 'MALFORMED',
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  EXPIRED: 'EXPIRED',
  WRONG_ROOM: 'WRONG_ROOM',
  WRONG_PEER: 'WRONG_PEER',
} as const;
export type GrantRefusal = (typeof GrantRefusal)[keyof typeof GrantRefusal];

export type GrantCheck = { ok: true; grant: MediaGrant } | { ok: false; reason: GrantRefusal };

// shared/ is compiled without DOM or Node typings; these are the few WebCrypto members used, which Node 20
// and every browser provide on globalThis.
interface HmacKey {
  readonly type: string;
}
interface Subtle {
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    usages: ('sign' | 'verify')[],
  ): Promise<HmacKey>;
  sign(algorithm: 'HMAC', key: HmacKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: 'HMAC', key: HmacKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}
function subtle(): Subtle {
  return (globalThis as unknown as { crypto: { subtle: Subtle } }).crypto.subtle;
}

function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(bytes);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += B64.charAt((n >> (18 - 6 * j)) & 63);
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    buffer = (buffer << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

function fromUtf8(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    let c: number;
    let len: number;
    if (b < 0x80) [c, len] = [b, 1];
    else if (b < 0xe0) [c, len] = [b & 31, 2];
    else if (b < 0xf0) [c, len] = [b & 15, 3];
    else [c, len] = [b & 7, 4];
    for (let j = 1; j < len; j++) c = (c << 6) | ((bytes[i + j] ?? 0) & 63);
    out += String.fromCodePoint(c);
    i += len;
  }
  return out;
}

// Separate keys for separate purposes, both derived from MEDIA_SECRET, so a link token can never pass as a
// grant signature or the reverse.
async function keyFor(secret: string, purpose: string): Promise<HmacKey> {
  const base = await subtle().importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const derived = new Uint8Array(await subtle().sign('HMAC', base, utf8(`konsiili/${purpose}/v1`)));
  return subtle().importKey('raw', derived, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** A grant signer/verifier bound to one secret (the key is derived once). */
export interface MediaGrants {
  mint(grant: MediaGrant): Promise<string>;
  /** `now` in ms since the epoch; `expected` is what the request says (room, peer). */
  verify(token: string, expected: { roomId: string; peerId: string }, now: number): Promise<GrantCheck>;
}

export function mediaGrants(secret: string): MediaGrants {
  const key = keyFor(secret, 'media-grant');
  return {
    async mint(grant) {
      const body = toBase64Url(utf8(JSON.stringify(MediaGrant.parse(grant))));
      const signature = new Uint8Array(await subtle().sign('HMAC', await key, utf8(body)));
      return `${body}.${toBase64Url(signature)}`;
    },
    async verify(token, expected, now) {
      const [body, signature, extra] = token.split('.');
      if (body === undefined || signature === undefined || extra !== undefined) {
        return { ok: false, reason: GrantRefusal.MALFORMED };
      }
      const signatureBytes = fromBase64Url(signature);
      const bodyBytes = fromBase64Url(body);
      if (!signatureBytes || !bodyBytes) return { ok: false, reason: GrantRefusal.MALFORMED };
      if (!(await subtle().verify('HMAC', await key, signatureBytes, utf8(body)))) {
        return { ok: false, reason: GrantRefusal.BAD_SIGNATURE };
      }
      let json: unknown;
      try {
        json = JSON.parse(fromUtf8(bodyBytes));
      } catch {
        return { ok: false, reason: GrantRefusal.MALFORMED };
      }
      const parsed = MediaGrant.safeParse(json);
      if (!parsed.success) return { ok: false, reason: GrantRefusal.MALFORMED };
      const grant = parsed.data;
      if (grant.exp <= now) return { ok: false, reason: GrantRefusal.EXPIRED };
      if (grant.roomId !== expected.roomId) return { ok: false, reason: GrantRefusal.WRONG_ROOM };
      if (grant.peerId !== expected.peerId) return { ok: false, reason: GrantRefusal.WRONG_PEER };
      return { ok: true, grant };
    },
  };
}

/** The token a server node presents in the internal link's handshake (auth.token). */
export async function mediaLinkToken(secret: string): Promise<string> {
  const key = await keyFor(secret, 'media-link');
  return toBase64Url(new Uint8Array(await subtle().sign('HMAC', key, utf8('media-link'))));
}
