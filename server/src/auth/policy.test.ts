import { describe, expect, it } from 'vitest';
import { OrgId, RoomId, UserId, type Room, type RoomMember, type RoomRole } from '@konsiili/shared';
import type { Actor } from './actor.ts';
import { Action, can } from './policy.ts';

const org = OrgId.parse('org-a');
const other = OrgId.parse('org-b');
const actor = (roles: Actor['orgRoles'], orgId = org): Actor => ({
  userId: UserId.parse('u1'),
  orgId,
  orgRoles: roles,
});
const room = (kind: Room['kind']): Room => ({
  id: RoomId.parse('r1'),
  orgId: org,
  kind,
  title: 'Room',
  status: 'scheduled',
  createdBy: UserId.parse('u0'),
  createdAt: '2026-11-25T08:00:00.000Z',
});
const member = (role: RoomRole): RoomMember => ({
  roomId: RoomId.parse('r1'),
  userId: UserId.parse('u1'),
  role,
  displayName: 'A',
  profession: 'B',
});

describe('policy', () => {
  it.each([
    ['ppt chair moderates', room('ppt_session'), member('chair'), ['professional'], true],
    ['ppt deputy moderates', room('ppt_session'), member('deputy_chair'), ['professional'], true],
    ['ppt participant does not', room('ppt_session'), member('participant'), ['professional'], false],
    ['e-consultation owner moderates', room('e_consultation'), member('owner'), ['professional'], true],
    [
      'kela liaison moderates the Kela hour',
      room('kela_hour'),
      member('kela_liaison'),
      ['professional'],
      true,
    ],
    [
      'kela liaison does not moderate a PPT session',
      room('ppt_session'),
      member('kela_liaison'),
      ['professional'],
      false,
    ],
    ['organiser of the organisation moderates', room('ppt_session'), undefined, ['organiser'], true],
  ] as const)('[R1] %s', (_name, r, m, roles, expected) => {
    expect(can(actor([...roles]), Action.ROOM_MODERATE, { room: r, member: m })).toBe(expected);
  });

  it('[R2] organisers of another organisation have no say', () => {
    expect(can(actor(['admin'], other), Action.ROOM_MODERATE, { room: room('ppt_session') })).toBe(false);
    expect(can(actor(['admin'], other), Action.ROOM_JOIN, { room: room('ppt_session') })).toBe(false);
  });

  it('[R3] professionals join PPT sessions by link but not e-consultations they are not in', () => {
    expect(can(actor(['professional']), Action.ROOM_JOIN, { room: room('ppt_session') })).toBe(true);
    expect(can(actor(['professional']), Action.ROOM_JOIN, { room: room('e_consultation') })).toBe(false);
  });

  it('[R4] guests reach only rooms they are members of', () => {
    expect(can(actor(['guest']), Action.ROOM_JOIN, { room: room('ppt_session') })).toBe(false);
    expect(
      can(actor(['guest']), Action.ROOM_JOIN, { room: room('ppt_session'), member: member('guest') }),
    ).toBe(true);
  });

  it('[R5] only admins read the audit log and edit services', () => {
    expect(can(actor(['admin']), Action.AUDIT_READ, { orgId: org })).toBe(true);
    expect(can(actor(['organiser']), Action.AUDIT_READ, { orgId: org })).toBe(false);
    expect(can(actor(['admin']), Action.SERVICES_EDIT, { orgId: other })).toBe(false);
  });
});
