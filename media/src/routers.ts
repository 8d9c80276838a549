import type { types } from 'mediasoup';
import { MediaRefusal, type MediaRestartReason, type RoomId } from '@konsiili/shared';
import { MediaError } from './errors.ts';
import type { Logger } from './logger.ts';
import { notifyPeers } from './peer.ts';
import { MediaRoom, type RoomSettings } from './room.ts';
import type { WorkerPool } from './workers.ts';

/**
 * roomId → MediaRoom. Everything that creates or closes media objects of a room runs through that room's
 * queue, so two simultaneous joins never make two routers and a close never races a consume.
 */
export interface Rooms {
  /** Runs `fn` in the room's queue; `create` makes the room (and its first router) when it does not exist. */
  run<T>(roomId: RoomId, create: boolean, fn: (room: MediaRoom) => Promise<T> | T): Promise<T>;
  /** Closes the peer in one room, or in every room it is in (its socket is gone). */
  closePeer(peerId: string, roomId?: RoomId): Promise<void>;
  /** A worker died: its rooms are dropped and their peers told to join again. */
  workerDied(worker: types.Worker): void;
  all(): Iterable<MediaRoom>;
  closeAll(reason: MediaRestartReason): void;
}

export function createRooms(pool: WorkerPool, settings: RoomSettings, logger: Logger): Rooms {
  const rooms = new Map<RoomId, MediaRoom>();
  const queues = new Map<RoomId, Promise<unknown>>();

  function enqueue<T>(roomId: RoomId, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(roomId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    queues.set(roomId, settled);
    void settled.then(() => {
      if (queues.get(roomId) === settled) queues.delete(roomId);
    });
    return next;
  }

  function dropIfEmpty(room: MediaRoom): void {
    if (room.peers.size > 0 || room.isClosed) return;
    room.close();
    if (rooms.get(room.id) === room) rooms.delete(room.id);
    logger.info({ roomId: room.id }, 'media room closed');
  }

  function restart(room: MediaRoom, reason: MediaRestartReason): void {
    notifyPeers(room.peers.values(), 'media:restart', { roomId: room.id, reason });
    room.close();
    if (rooms.get(room.id) === room) rooms.delete(room.id);
  }

  return {
    run(roomId, create, fn) {
      return enqueue(roomId, async () => {
        let room = rooms.get(roomId);
        if (!room) {
          if (!create) throw new MediaError('NOT_FOUND', MediaRefusal.NOT_JOINED);
          room = new MediaRoom(roomId, pool, settings, logger);
          rooms.set(roomId, room);
        }
        try {
          return await fn(room);
        } finally {
          dropIfEmpty(room);
        }
      });
    },
    async closePeer(peerId, onlyRoomId) {
      const inRooms = [...rooms.values()]
        .filter((r) => r.peers.has(peerId) && (onlyRoomId === undefined || r.id === onlyRoomId))
        .map((r) => r.id);
      await Promise.all(
        inRooms.map((roomId) =>
          enqueue(roomId, () => {
            const room = rooms.get(roomId);
            if (room) {
              room.closePeer(peerId);
              dropIfEmpty(room);
            }
            return Promise.resolve();
          }),
        ),
      );
    },
    workerDied(worker) {
      for (const room of [...rooms.values()]) {
        if (!room.usesWorker(worker)) continue;
        void enqueue(room.id, () => {
          restart(room, 'WORKER_DIED');
          return Promise.resolve();
        });
      }
    },
    all() {
      return rooms.values();
    },
    closeAll(reason) {
      for (const room of [...rooms.values()]) restart(room, reason);
    },
  };
}
