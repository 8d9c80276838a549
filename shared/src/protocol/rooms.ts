import { z } from 'zod';
import { RoomId, UserId } from '../model/ids.ts';
import { RoomRoleSchema } from '../model/roles.ts';
import { Room, RoomMember } from '../model/rooms.ts';
import { command } from './define.ts';

export const RoomJoin = z.object({ roomId: RoomId });
export type RoomJoin = z.infer<typeof RoomJoin>;

export const RoomLeave = z.object({ roomId: RoomId });
export type RoomLeave = z.infer<typeof RoomLeave>;

export const RoomSetRole = z.object({ roomId: RoomId, userId: UserId, role: RoomRoleSchema });
export type RoomSetRole = z.infer<typeof RoomSetRole>;

export const PresentMember = RoomMember.extend({ isOnline: z.boolean() });
export type PresentMember = z.infer<typeof PresentMember>;

/** Everything a client needs to render a room, sent on join and on every re-join after a reconnect. */
export const RoomSnapshot = z.object({
  room: Room,
  me: RoomMember,
  members: z.array(PresentMember),
});
export type RoomSnapshot = z.infer<typeof RoomSnapshot>;

export const RoomLeft = z.object({ roomId: RoomId });

/** Somebody came online in, or went offline from, a room. */
export const RoomPresence = z.object({ roomId: RoomId, member: PresentMember });
export type RoomPresence = z.infer<typeof RoomPresence>;

/** A member's role changed. */
export const RoomMemberUpdated = z.object({ roomId: RoomId, member: PresentMember });
export type RoomMemberUpdated = z.infer<typeof RoomMemberUpdated>;

/**
 * A room's own details changed (an organiser moved or cancelled the PPT occurrence it holds): the whole room
 * as it is now. A cancelled occurrence's room arrives with status `closed`.
 */
export const RoomUpdated = z.object({ roomId: RoomId, room: Room });
export type RoomUpdated = z.infer<typeof RoomUpdated>;

export const roomCommands = {
  /** Join a room's channel. Acks the full snapshot; FORBIDDEN when the caller is not a member. */
  'room:join': command(RoomJoin, RoomSnapshot),
  /** Leave a room's channel. */
  'room:leave': command(RoomLeave, RoomLeft),
  /** Change a member's role. Moderators of the room and organisation organisers/admins only. */
  'room:set-role': command(RoomSetRole, RoomMember),
} as const;

export const roomEvents = {
  'room:presence': RoomPresence,
  'room:member-updated': RoomMemberUpdated,
  'room:updated': RoomUpdated,
} as const;
