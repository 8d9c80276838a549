import type { RoomId } from '@konsiili/shared';
import type { Clock } from '../platform/clock.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import type { PptChange } from './ppt.ts';

/** Tells everyone in the room what a saved change did to its session (`queue:updated`). */
export function announceQueueChange(
  deps: { broadcaster: Broadcaster; clock: Clock },
  roomId: RoomId,
  change: PptChange,
): void {
  deps.broadcaster.toRoom(roomId, 'queue:updated', {
    roomId,
    version: change.state.version,
    changes: change.changes,
    ...(change.cleared.length > 0 ? { cleared: change.cleared } : {}),
    serverNow: deps.clock.now().toISOString(),
  });
}
