import { OrgRole, RoomKind, RoomRole, type Room, type RoomMember, type UserId } from '@konsiili/shared';
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
  /** Search the professional directory, teams and targets: the organisation's people, not guests. */
  DIRECTORY_READ: 'directory.read',
  /** Edit directory entries, teams and consultation targets: organisation admins. */
  DIRECTORY_EDIT: 'directory.edit',
  /** Send an e-consultation: the organisation's people, not guests. */
  CONSULT_CREATE: 'consult.create',
  /** Read a consultation: its parties, the target's pool and lead, organisation staff. */
  CONSULT_VIEW: 'consult.view',
  /** One transition of a consultation (`target.consult.action`); see CONSULT_ACTORS. */
  CONSULT_ACT: 'consult.act',
  /** See the client reference of an identified consultation: only the requester and the owner. */
  CONSULT_CLIENT_REFERENCE: 'consult.client_reference',
  /** Open the call of a consultation and invite one more person: only its two parties. */
  CONSULT_CALL: 'consult.call',
  /** Export a consultation as FHIR: its parties and organisation staff. */
  CONSULT_EXPORT: 'consult.export',
  /** Per-target figures: organisation staff and the lead of any pool. */
  CONSULT_FIGURES: 'consult.figures',
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

/** How an actor stands to one consultation; the consult service works it out from the consult and its target. */
export interface ConsultRelation {
  isRequester: boolean;
  isOwner: boolean;
  isPoolMember: boolean;
  isPoolLead: boolean;
  isOrgStaff: boolean;
  /** The escalation job, acting for nobody. */
  isSystem?: boolean;
}

/**
 * Who may attempt each consultation transition, whatever its state (the state machine in
 * consults/consult.ts then answers CONFLICT for a wrong state). A requester never accepts their own request.
 */
export const CONSULT_ACTORS = {
  accept: (r: ConsultRelation) => r.isPoolMember && !r.isRequester,
  release: (r: ConsultRelation) => r.isOwner || r.isPoolLead,
  reassign: (r: ConsultRelation) => r.isOwner || r.isPoolLead,
  request_info: (r: ConsultRelation) => r.isOwner,
  provide_info: (r: ConsultRelation) => r.isRequester,
  answer: (r: ConsultRelation) => r.isOwner,
  close: (r: ConsultRelation) => r.isRequester || r.isOwner,
  escalate: (r: ConsultRelation) => r.isSystem === true,
} as const satisfies Record<string, (r: ConsultRelation) => boolean>;
export type ConsultTransition = keyof typeof CONSULT_ACTORS;

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
  /** The consultation acted on, as the actor stands to it (the CONSULT_* actions). */
  consult?: { relation: ConsultRelation; action?: ConsultTransition };
  /** The actor leads at least one consultation pool (CONSULT_FIGURES). */
  isAnyPoolLead?: boolean;
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
    case Action.DIRECTORY_READ:
    case Action.CONSULT_CREATE:
      return target.orgId !== undefined && isOrgStaff(actor, target.orgId, [...STAFF, OrgRole.PROFESSIONAL]);
    case Action.DIRECTORY_EDIT:
      return target.orgId !== undefined && isOrgStaff(actor, target.orgId, [OrgRole.ADMIN]);
    case Action.CONSULT_VIEW: {
      const r = target.consult?.relation;
      return (
        r !== undefined && (r.isRequester || r.isOwner || r.isPoolMember || r.isPoolLead || r.isOrgStaff)
      );
    }
    case Action.CONSULT_ACT: {
      const c = target.consult;
      return c?.action !== undefined && CONSULT_ACTORS[c.action](c.relation);
    }
    case Action.CONSULT_CLIENT_REFERENCE:
    case Action.CONSULT_CALL: {
      const r = target.consult?.relation;
      return r !== undefined && (r.isRequester || r.isOwner);
    }
    case Action.CONSULT_EXPORT: {
      const r = target.consult?.relation;
      return r !== undefined && (r.isRequester || r.isOwner || r.isOrgStaff);
    }
    case Action.CONSULT_FIGURES:
      return (
        target.orgId !== undefined &&
        actor.orgId === target.orgId &&
        (isOrgStaff(actor, target.orgId, STAFF) || target.isAnyPoolLead === true)
      );
  }
}
