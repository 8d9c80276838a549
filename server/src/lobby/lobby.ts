import { OrgRole, RoomKind, type Room, type RoomMember } from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import type { LobbyRecord } from './lobby.store.ts';

export type KnockOutcome =
  | { kind: 'admitted' }
  | { kind: 'waiting' }
  | { kind: 'declined' }
  | { kind: 'enqueue' }
  | { kind: 'refused' };

/**
 * Decides what a knock at a room's door means. Members are in. Professionals of the room's own
 * organisation walk in where the room lets them skip the lobby; otherwise they, guests holding an
 * invitation and professionals of other organisations wait for a moderator.
 */
export function decideKnock(input: {
  actor: Actor;
  room: Room;
  member: RoomMember | undefined;
  record: LobbyRecord | undefined;
  membersSkipLobby: boolean;
}): KnockOutcome {
  const { actor, room, member, record } = input;
  if (member) return { kind: 'admitted' };
  if (record) return { kind: record.status === 'admitted' ? 'admitted' : record.status };
  if (actor.orgRoles.includes(OrgRole.GUEST)) return { kind: 'refused' };
  const isOwnOrg = actor.orgId === room.orgId;
  if (room.kind === RoomKind.E_CONSULTATION && !isOwnOrg) return { kind: 'refused' };
  if (isOwnOrg && room.kind === RoomKind.E_CONSULTATION) {
    const isStaff = actor.orgRoles.some((r) => r === OrgRole.ADMIN || r === OrgRole.ORGANISER);
    return isStaff ? { kind: 'admitted' } : { kind: 'refused' };
  }
  if (isOwnOrg && input.membersSkipLobby) return { kind: 'admitted' };
  return { kind: 'enqueue' };
}
