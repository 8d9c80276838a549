import { describe, expect, it } from 'vitest';
import { OrgId, RoomId, UserId, type LobbyEntry, type Room, type RoomMember } from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { decideKnock } from './lobby.ts';

const org = OrgId.parse('org-a');
const room = (kind: Room['kind']): Room => ({
  id: RoomId.parse('r1'),
  orgId: org,
  kind,
  title: 'x',
  status: 'scheduled',
  createdBy: UserId.parse('u0'),
  createdAt: '2026-11-25T08:00:00.000Z',
});
const actor = (roles: Actor['orgRoles'], orgId = org): Actor => ({
  userId: UserId.parse('u1'),
  orgId,
  orgRoles: roles,
});
const member: RoomMember = {
  roomId: RoomId.parse('r1'),
  userId: UserId.parse('u1'),
  role: 'participant',
  displayName: 'A',
  profession: 'B',
};
const entry: LobbyEntry = {
  roomId: RoomId.parse('r1'),
  userId: UserId.parse('u1'),
  displayName: 'A',
  profession: 'B',
  role: 'guest',
  since: '2026-11-25T08:00:00.000Z',
};

describe('knocking', () => {
  it.each([
    ['a member walks in', actor(['guest']), room('ppt_session'), member, undefined, true, 'admitted'],
    [
      'an own-org professional skips the lobby when the series allows',
      actor(['professional']),
      room('ppt_session'),
      undefined,
      undefined,
      true,
      'admitted',
    ],
    [
      'an own-org professional waits when the series says so',
      actor(['professional']),
      room('ppt_session'),
      undefined,
      undefined,
      false,
      'enqueue',
    ],
    [
      'another organisation always waits',
      actor(['professional'], OrgId.parse('org-b')),
      room('kela_hour'),
      undefined,
      undefined,
      true,
      'enqueue',
    ],
    [
      'a guest without an invitation is refused',
      actor(['guest']),
      room('ppt_session'),
      undefined,
      undefined,
      true,
      'refused',
    ],
    [
      'an invited guest waits',
      actor(['guest']),
      room('ppt_session'),
      undefined,
      { entry, status: 'waiting' as const },
      true,
      'waiting',
    ],
    [
      'a declined guest stays out',
      actor(['guest']),
      room('ppt_session'),
      undefined,
      { entry, status: 'declined' as const },
      true,
      'declined',
    ],
    [
      'e-consultations do not take knocks from others',
      actor(['professional'], OrgId.parse('org-b')),
      room('e_consultation'),
      undefined,
      undefined,
      true,
      'refused',
    ],
  ] as const)('[LB1] %s', (_name, a, r, m, record, skip, expected) => {
    expect(decideKnock({ actor: a, room: r, member: m, record, membersSkipLobby: skip }).kind).toBe(expected);
  });
});
