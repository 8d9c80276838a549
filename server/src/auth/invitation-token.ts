import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { RoomId, RoomRoleSchema, type RoomRole } from '@konsiili/shared';

/** What a signed invitation grants: one role in one room until it expires. */
export interface InvitationGrant {
  roomId: RoomId;
  role: RoomRole;
  expiresAt: Date;
}

const Payload = z.object({
  v: z.literal(1),
  r: RoomId,
  role: RoomRoleSchema,
  exp: z.number().int(),
  n: z.string(),
});

function sign(body: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`invitation.v1.${body}`).digest();
}

/** `<payload>.<mac>`, both base64url. The nonce makes every link distinct for the audit trail. */
export function signInvitation(grant: InvitationGrant, secret: string): string {
  const payload = {
    v: 1,
    r: grant.roomId,
    role: grant.role,
    exp: Math.floor(grant.expiresAt.getTime() / 1000),
    n: randomBytes(6).toString('base64url'),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${sign(body, secret).toString('base64url')}`;
}

/** The grant, or undefined when the token is malformed, forged or expired at `now`. */
export function verifyInvitation(token: string, secret: string, now: Date): InvitationGrant | undefined {
  const [body, mac, ...rest] = token.split('.');
  if (!body || !mac || rest.length > 0) return undefined;
  const expected = sign(body, secret);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = Payload.safeParse(json);
  if (!parsed.success) return undefined;
  const expiresAt = new Date(parsed.data.exp * 1000);
  if (expiresAt.getTime() <= now.getTime()) return undefined;
  return { roomId: parsed.data.r, role: parsed.data.role, expiresAt };
}
