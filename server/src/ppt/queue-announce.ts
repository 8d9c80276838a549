import type { RoomId } from '@konsiili/shared';
import type { Clock } from '../platform/clock.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import type { PptState } from '@konsiili/shared';
import type { PptChange } from './ppt.ts';
import type { PptStore } from './ppt.store.ts';

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

/**
 * Saves a move between two sessions (a deferral, a cancelled occurrence's cases) as one compare-and-set of
 * both states, so neither changes without the other, and announces each in its own room once saved.
 * Resolves false when another save came first.
 */
export async function saveMoveAndAnnounce(
  deps: { store: Pick<PptStore, 'saveStates'>; broadcaster: Broadcaster; clock: Clock },
  before: { here: PptState; there: PptState },
  move: { here: PptChange; there: PptChange },
): Promise<boolean> {
  const isSaved = await deps.store.saveStates([
    { state: move.here.state, expectedVersion: before.here.version },
    { state: move.there.state, expectedVersion: before.there.version },
  ]);
  if (isSaved) {
    announceQueueChange(deps, before.here.roomId, move.here);
    announceQueueChange(deps, before.there.roomId, move.there);
  }
  return isSaved;
}
