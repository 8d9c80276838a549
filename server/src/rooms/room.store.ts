import type { Room, RoomId, RoomMember, RoomRole, UserId } from '@konsiili/shared';

/** Port: rooms of every kind and who belongs to them. */
export interface RoomStore {
  /** Rejects with DuplicateKeyError when the id is taken. */
  create(room: Room): Promise<void>;
  get(id: RoomId): Promise<Room | undefined>;
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
