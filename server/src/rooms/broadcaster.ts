import type { RoomId, ServerEventName, ServerEventPayload } from '@konsiili/shared';

/** Port: announces facts to everyone in a room (on every node). */
export interface Broadcaster {
  toRoom<K extends ServerEventName>(roomId: RoomId, event: K, payload: ServerEventPayload<K>): void;
}
