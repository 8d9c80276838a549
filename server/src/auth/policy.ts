import { OrgRole, RoomKind, RoomRole, type Room, type RoomMember } from '@konsiili/shared';
import type { Actor } from './actor.ts';

/** Everything that is authorised. Handlers name the action; only this file decides. */
export const Action = {
  ROOM_VIEW: 'room.view',
  ROOM_JOIN: 'room.join',
  ROOM_SET_ROLE: 'room.set_role',
  ROOM_MODERATE: 'room.moderate',
  INVITATION_CREATE: 'invitation.create',
  AUDIT_READ: 'audit.read',
  SERVICES_EDIT: 'services.edit',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

const STAFF: readonly OrgRole[] = [OrgRole.ADMIN, OrgRole.ORGANISER];

/** Who moderates a room depends on its kind. */
const MODERATORS: Record<RoomKind, readonly RoomRole[]> = {
  [RoomKind.PPT_SESSION]: [RoomRole.CHAIR, RoomRole.DEPUTY_CHAIR],
  [RoomKind.E_CONSULTATION]: [RoomRole.OWNER],
  [RoomKind.KELA_HOUR]: [RoomRole.KELA_LIAISON, RoomRole.CHAIR],
};

export function isModerator(room: Room, member: RoomMember | undefined): boolean {
  return member !== undefined && MODERATORS[room.kind].includes(member.role);
}

function isOrgStaff(actor: Actor, orgId: Room['orgId'], roles: readonly OrgRole[]): boolean {
  return actor.orgId === orgId && actor.orgRoles.some((r) => roles.includes(r));
}

export interface PolicyTarget {
  room?: Room;
  /** The actor's own membership of `room`, if any. */
  member?: RoomMember | undefined;
  orgId?: Room['orgId'];
}

export function can(actor: Actor, action: Action, target: PolicyTarget = {}): boolean {
  const { room, member } = target;
  switch (action) {
    case Action.ROOM_VIEW:
      return room !== undefined && (member !== undefined || isOrgStaff(actor, room.orgId, STAFF));
    case Action.ROOM_JOIN:
      // PPT sessions and the Kela hour are open to every professional of the organisation who has
      // the link; e-consultations only to their members. Guests only ever reach their own room.
      return (
        room !== undefined &&
        (member !== undefined ||
          isOrgStaff(actor, room.orgId, STAFF) ||
          (room.kind !== RoomKind.E_CONSULTATION && isOrgStaff(actor, room.orgId, [OrgRole.PROFESSIONAL])))
      );
    case Action.ROOM_SET_ROLE:
    case Action.INVITATION_CREATE:
    case Action.ROOM_MODERATE:
      return room !== undefined && (isModerator(room, member) || isOrgStaff(actor, room.orgId, STAFF));
    case Action.AUDIT_READ:
    case Action.SERVICES_EDIT:
      return target.orgId !== undefined && isOrgStaff(actor, target.orgId, [OrgRole.ADMIN]);
  }
}
