import type { RoomId, ServerEventName, ServerEventPayload, UserId } from '@konsiili/shared';

/** Port: announces facts to everyone in a room (on every node). */
export interface Broadcaster {
  toRoom<K extends ServerEventName>(roomId: RoomId, event: K, payload: ServerEventPayload<K>): void;
  /** Every connection of one user, wherever it is. */
  toUser<K extends ServerEventName>(userId: UserId, event: K, payload: ServerEventPayload<K>): void;
}
