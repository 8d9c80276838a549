import type { RoomId, ServerEventName, ServerEventPayload, UserId } from '@konsiili/shared';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import type { RoomChannels } from '../rooms/room-channels.ts';
import type { AppServer } from './socket.ts';

export function channelOf(roomId: RoomId): string {
  return `room:${roomId}`;
}

/** Every socket joins its user's channel on connect, so a user can be reached on all devices. */
export function userChannelOf(userId: UserId): string {
  return `user:${userId}`;
}

/** Room channels on socket.io; with the Redis adapter these calls reach sockets on every node. */
export function createSocketChannels(io: AppServer): RoomChannels {
  return {
    join(connectionId, roomId) {
      io.in(connectionId).socketsJoin(channelOf(roomId));
      return Promise.resolve();
    },
    leave(connectionId, roomId) {
      io.in(connectionId).socketsLeave(channelOf(roomId));
      return Promise.resolve();
    },
    async onlineUserIds(roomId) {
      const sockets = await io.in(channelOf(roomId)).fetchSockets();
      return new Set<UserId>(sockets.map((s) => s.data.actor.userId));
    },
  };
}

export function createSocketBroadcaster(io: AppServer): Broadcaster {
  return {
    toRoom<K extends ServerEventName>(roomId: RoomId, event: K, payload: ServerEventPayload<K>) {
      // socket.io's emit is typed per event; the cast bridges its overloads to our generic K.
      (io.to(channelOf(roomId)).emit as (e: K, p: ServerEventPayload<K>) => boolean)(event, payload);
    },
    toUser<K extends ServerEventName>(userId: UserId, event: K, payload: ServerEventPayload<K>) {
      (io.to(userChannelOf(userId)).emit as (e: K, p: ServerEventPayload<K>) => boolean)(event, payload);
    },
  };
}
