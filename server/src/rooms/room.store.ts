import type { Room, RoomId, RoomMember, RoomRole, RoomStatus, UserId } from '@konsiili/shared';

/** When a room starts and whether it is still held: the part of a room its schedule can change. */
export interface RoomSchedule {
  startsAt: string;
  status: RoomStatus;
}

/** Port: rooms of every kind and who belongs to them. */
export interface RoomStore {
  /** Rejects with DuplicateKeyError when the id is taken. */
  create(room: Room): Promise<void>;
  get(id: RoomId): Promise<Room | undefined>;
  /**
   * Changes only the start time and status of a stored room (its members and every other field stay).
   * Resolves the updated room, or undefined when there is no room with that id; it never creates one.
   */
  reschedule(id: RoomId, schedule: RoomSchedule): Promise<Room | undefined>;
  /** Adds the member, or replaces the entry of the same user in the same room. */
  putMember(member: RoomMember): Promise<void>;
  getMember(roomId: RoomId, userId: UserId): Promise<RoomMember | undefined>;
  /** Members in the order they were first added. */
  listMembers(roomId: RoomId): Promise<RoomMember[]>;
  /** Resolves the updated member, or undefined when the user is not a member. */
  setRole(roomId: RoomId, userId: UserId, role: RoomRole): Promise<RoomMember | undefined>;
  /** Every room the user is a member of, with their role there. */
  listForUser(userId: UserId): Promise<{ room: Room; role: RoomRole }[]>;
}
