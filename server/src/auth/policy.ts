import {
  OrgRole,
  RoomKind,
  RoomRole,
  RoomStatus,
  type Room,
  type RoomMember,
  type UserId,
} from '@konsiili/shared';
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
  /** Create PPT series and change their exceptions: organisers and admins of the organisation. */
  SERIES_MANAGE: 'series.manage',
  /** See series, their occurrences and figures: anyone of the organisation except guests. */
  SERIES_READ: 'series.read',
  /** Declare cases, add phenomena, raise a hand: anyone who may join the session. */
  PPT_PARTICIPATE: 'ppt.participate',
  /** Run the queue (reorder, start, extend, finish, defer, give the floor, clear hands, end). */
  PPT_CHAIR: 'ppt.chair',
  /** Edit or withdraw an agenda item: its presenter, or whoever may run the queue. */
  PPT_EDIT_ITEM: 'ppt.edit_item',
  /** Lower a hand: one's own, or anyone's when running the queue. */
  PPT_LOWER_HAND: 'ppt.lower_hand',
  /** Name the chair when neither chair nor deputy is there: organisers/admins, or the acting chair. */
  PPT_ASSIGN_CHAIR: 'ppt.assign_chair',
  /** Read a session's summary and CSV: its members and the organisation's organisers/admins. */
  PPT_SUMMARY_READ: 'ppt.summary_read',
  /** Take part in a room's call (send and receive media): members who may join an open or scheduled room. */
  MEDIA_JOIN: 'media.join',
  /** Mute others, mute all, lock self-unmute: the room's moderators (and the acting chair), organisers, admins. */
  MEDIA_MODERATE: 'media.moderate',
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
  /** The live PPT session, for the PPT actions. */
  ppt?: {
    actingChairId?: UserId | undefined;
    /** The presenter of the item acted on (PPT_EDIT_ITEM). */
    presenterId?: UserId | undefined;
    /** Whose hand is lowered (PPT_LOWER_HAND). */
    subjectId?: UserId | undefined;
  };
}

/** The chair, the deputy and whoever acts as chair right now may run a PPT session's queue. */
function runsQueue(actor: Actor, target: PolicyTarget): boolean {
  const { room, member } = target;
  return (
    room !== undefined &&
    room.kind === RoomKind.PPT_SESSION &&
    member !== undefined &&
    (member.role === RoomRole.CHAIR ||
      member.role === RoomRole.DEPUTY_CHAIR ||
      target.ppt?.actingChairId === actor.userId)
  );
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
    case Action.SERIES_MANAGE:
      return target.orgId !== undefined && isOrgStaff(actor, target.orgId, STAFF);
    case Action.SERIES_READ:
      return target.orgId !== undefined && isOrgStaff(actor, target.orgId, [...STAFF, OrgRole.PROFESSIONAL]);
    case Action.PPT_PARTICIPATE:
      // Joining first makes one a member; guests come in through an invitation to this very room.
      return room?.kind === RoomKind.PPT_SESSION && member !== undefined;
    case Action.PPT_CHAIR:
      return runsQueue(actor, target);
    case Action.PPT_EDIT_ITEM:
      return runsQueue(actor, target) || (member !== undefined && target.ppt?.presenterId === actor.userId);
    case Action.PPT_LOWER_HAND:
      return runsQueue(actor, target) || (member !== undefined && target.ppt?.subjectId === actor.userId);
    case Action.PPT_ASSIGN_CHAIR:
      return (
        room?.kind === RoomKind.PPT_SESSION &&
        (isOrgStaff(actor, room.orgId, STAFF) ||
          (member !== undefined && target.ppt?.actingChairId === actor.userId))
      );
    case Action.PPT_SUMMARY_READ:
      return room !== undefined && (member !== undefined || isOrgStaff(actor, room.orgId, STAFF));
    case Action.MEDIA_JOIN:
      // Being a member means one got past the lobby; a closed room has no call.
      return (
        room !== undefined &&
        member !== undefined &&
        room.status !== RoomStatus.CLOSED &&
        can(actor, Action.ROOM_JOIN, target)
      );
    case Action.MEDIA_MODERATE:
      return (
        can(actor, Action.MEDIA_JOIN, target) &&
        (can(actor, Action.ROOM_MODERATE, target) || runsQueue(actor, target))
      );
  }
}
