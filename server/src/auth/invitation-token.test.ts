import { describe, expect, it } from 'vitest';
import { RoomId } from '@konsiili/shared';
import { signInvitation, verifyInvitation } from './invitation-token.ts';

const secret = 'unit-test-secret-unit-test-secret';
const now = new Date('2026-11-25T08:00:00Z');
const grant = {
  roomId: RoomId.parse('room-1'),
  role: 'guest' as const,
  expiresAt: new Date('2026-11-25T10:00:00Z'),
};

describe('invitation tokens', () => {
  it('[T1] round-trips a grant', () => {
    expect(verifyInvitation(signInvitation(grant, secret), secret, now)).toEqual(grant);
  });
  it('[T2] refuses another secret, a changed body, garbage and expiry', () => {
    const token = signInvitation(grant, secret);
    expect(verifyInvitation(token, 'another-secret-another-secret-xx', now)).toBeUndefined();
    const [body, mac] = token.split('.');
    expect(verifyInvitation(`${body ?? ''}x.${mac ?? ''}`, secret, now)).toBeUndefined();
    expect(verifyInvitation('not-a-token', secret, now)).toBeUndefined();
    expect(verifyInvitation(`${token}.extra`, secret, now)).toBeUndefined();
    expect(verifyInvitation(token, secret, new Date('2026-11-25T10:00:00Z'))).toBeUndefined();
  });
  it('[T3] two links for the same grant differ', () => {
    expect(signInvitation(grant, secret)).not.toBe(signInvitation(grant, secret));
  });
});
