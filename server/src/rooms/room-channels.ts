import type { RoomId, UserId } from '@konsiili/shared';

/**
 * Port: which connections listen to a room. The socket.io implementation works across nodes through
 * the adapter, so presence is right wherever the user's sockets are.
 */
export interface RoomChannels {
  join(connectionId: string, roomId: RoomId): Promise<void>;
  leave(connectionId: string, roomId: RoomId): Promise<void>;
  /** Users with at least one connection in the room right now. */
  onlineUserIds(roomId: RoomId): Promise<Set<UserId>>;
}
