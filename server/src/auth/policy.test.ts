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

describe('PPT policy', () => {
  const ppt = room('ppt_session');
  it.each([
    ['chair runs the queue', member('chair'), undefined, true],
    ['deputy runs the queue', member('deputy_chair'), undefined, true],
    ['participant does not', member('participant'), undefined, false],
    ['acting chair named by the organiser does', member('participant'), UserId.parse('u1'), true],
    ['a non-member acting chair does not', undefined, UserId.parse('u1'), false],
  ] as const)('[P1] %s', (_name, m, actingChairId, expected) => {
    expect(
      can(actor(['professional']), Action.PPT_CHAIR, { room: ppt, member: m, ppt: { actingChairId } }),
    ).toBe(expected);
  });

  it('[P2] presenters edit their own items; others do not', () => {
    const target = (presenterId: string) => ({
      room: ppt,
      member: member('participant'),
      ppt: { presenterId: UserId.parse(presenterId) },
    });
    expect(can(actor(['professional']), Action.PPT_EDIT_ITEM, target('u1'))).toBe(true);
    expect(can(actor(['professional']), Action.PPT_EDIT_ITEM, target('u2'))).toBe(false);
  });

  it('[P3] series: organisers manage, professionals read, guests and other organisations neither', () => {
    expect(can(actor(['organiser']), Action.SERIES_MANAGE, { orgId: org })).toBe(true);
    expect(can(actor(['professional']), Action.SERIES_MANAGE, { orgId: org })).toBe(false);
    expect(can(actor(['professional']), Action.SERIES_READ, { orgId: org })).toBe(true);
    expect(can(actor(['guest']), Action.SERIES_READ, { orgId: org })).toBe(false);
    expect(can(actor(['admin'], other), Action.SERIES_READ, { orgId: org })).toBe(false);
  });

  it('[P4] organisers name the chair; summaries are for members and organisers', () => {
    expect(can(actor(['organiser']), Action.PPT_ASSIGN_CHAIR, { room: ppt })).toBe(true);
    expect(
      can(actor(['professional']), Action.PPT_ASSIGN_CHAIR, { room: ppt, member: member('participant') }),
    ).toBe(false);
    expect(
      can(actor(['professional']), Action.PPT_SUMMARY_READ, { room: ppt, member: member('participant') }),
    ).toBe(true);
    expect(can(actor(['professional']), Action.PPT_SUMMARY_READ, { room: ppt })).toBe(false);
  });
});

describe('media policy', () => {
  const open = (kind: Room['kind']): Room => ({ ...room(kind), status: 'open' });
  it.each([
    ['ppt chair moderates the call', open('ppt_session'), member('chair'), ['professional'], undefined, true],
    [
      'ppt deputy moderates the call',
      open('ppt_session'),
      member('deputy_chair'),
      ['professional'],
      undefined,
      true,
    ],
    [
      'acting chair moderates the call',
      open('ppt_session'),
      member('participant'),
      ['professional'],
      'u1',
      true,
    ],
    ['ppt participant does not', open('ppt_session'), member('participant'), ['professional'], 'u9', false],
    [
      'e-consultation owner moderates',
      open('e_consultation'),
      member('owner'),
      ['professional'],
      undefined,
      true,
    ],
    [
      'e-consultation participant does not',
      open('e_consultation'),
      member('participant'),
      ['professional'],
      undefined,
      false,
    ],
    [
      'kela liaison moderates the Kela hour',
      open('kela_hour'),
      member('kela_liaison'),
      ['professional'],
      undefined,
      true,
    ],
    [
      'organiser in the room moderates',
      open('ppt_session'),
      member('participant'),
      ['organiser'],
      undefined,
      true,
    ],
  ] as const)('[M1] %s', (_name, r, m, roles, actingChairId, expected) => {
    const target = {
      room: r,
      member: m,
      ppt: { actingChairId: actingChairId && UserId.parse(actingChairId) },
    };
    expect(can(actor([...roles]), Action.MEDIA_MODERATE, target)).toBe(expected);
    expect(can(actor([...roles]), Action.MEDIA_JOIN, target)).toBe(true);
  });

  it('[M2] the call is for members of a room that is not closed', () => {
    expect(can(actor(['admin']), Action.MEDIA_JOIN, { room: open('ppt_session') })).toBe(false);
    const closed = { ...open('ppt_session'), status: 'closed' as const };
    expect(can(actor(['professional']), Action.MEDIA_JOIN, { room: closed, member: member('chair') })).toBe(
      false,
    );
    expect(
      can(actor(['professional']), Action.MEDIA_MODERATE, { room: closed, member: member('chair') }),
    ).toBe(false);
    expect(can(actor(['admin'], other), Action.MEDIA_MODERATE, { room: open('ppt_session') })).toBe(false);
  });
});
