import {
  AuditEntry,
  DEFAULT_SERVICE_CATALOGUE,
  Organisation,
  OrgId,
  Room,
  RoomMember,
  UserId,
} from '@konsiili/shared';
import type { AuthSession } from '../../server/src/auth/session.store.ts';
import type { UserRecord } from '../../server/src/auth/user.store.ts';
import { newId } from '../../server/src/platform/ids.ts';

// Synthetic data only: made-up organisations and people, no real names or identifiers.

export const ORG_A = OrgId.parse('org-a');
export const ORG_B = OrgId.parse('org-b');

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return Organisation.parse({
    id: ORG_A,
    name: 'Testikunnan sote-keskus',
    services: DEFAULT_SERVICE_CATALOGUE.slice(0, 3),
    ...overrides,
  });
}

export function aUser(overrides: Partial<UserRecord> = {}): UserRecord {
  return {
    id: UserId.parse('user-1'),
    orgId: ORG_A,
    displayName: 'Testi Käyttäjä 1',
    profession: 'Sairaanhoitaja',
    services: [],
    roles: ['professional'],
    username: 'testi.kayttaja1',
    passwordHash: 'scrypt$synthetic$hash',
    createdAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  };
}

/** A guest from an invitation: no username, no password. */
export function aGuest(id: string): UserRecord {
  const { username: _username, passwordHash: _passwordHash, ...rest } = aUser({ id: UserId.parse(id) });
  return { ...rest, roles: ['guest'] };
}

export function aSession(overrides: Partial<AuthSession> = {}): AuthSession {
  return {
    idHash: 'a'.repeat(64),
    userId: UserId.parse('user-1'),
    orgId: ORG_A,
    createdAt: '2099-01-01T00:00:00.000Z',
    expiresAt: '2099-01-02T00:00:00.000Z',
    ...overrides,
  };
}

export function aRoom(overrides: Partial<Room> = {}): Room {
  return Room.parse({
    id: 'room-1',
    orgId: ORG_A,
    kind: 'ppt_session',
    title: 'PPT-kokous, testi',
    status: 'scheduled',
    startsAt: '2099-03-04T09:00:00+02:00',
    durationMinutes: 60,
    createdBy: 'user-1',
    createdAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  });
}

export function aMember(overrides: Partial<RoomMember> = {}): RoomMember {
  return RoomMember.parse({
    roomId: 'room-1',
    userId: 'user-1',
    role: 'participant',
    displayName: 'Testi Käyttäjä 1',
    profession: 'Sosiaalityöntekijä',
    serviceId: 'adult-social-work',
    ...overrides,
  });
}

export function anAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return AuditEntry.parse({
    id: newId(),
    orgId: ORG_A,
    at: '2025-01-02T03:04:05.000Z',
    action: 'room_join',
    actorId: 'user-1',
    roomId: 'room-1',
    details: { role: 'participant', count: 2, isGuest: false },
    ...overrides,
  });
}

/** Resolves the rejection of `promise`, failing the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
