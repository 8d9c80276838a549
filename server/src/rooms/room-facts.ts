import { LRUCache } from 'lru-cache';
import type { OrgId, RoomId, RoomKind } from '@konsiili/shared';
import type { RoomStore } from './room.store.ts';

/** What never changes about a room once it exists, so a node may keep it without asking the store. */
export interface RoomFacts {
  orgId: OrgId;
  kind: RoomKind;
}

const DEFAULT_CAPACITY = 10_000;

/**
 * Looks up a room's organisation and kind, remembering the answers of recently used rooms (least recently
 * used go first). Hot paths such as chat:send ask once per message; status, time and title may change and
 * are never cached here. A missing room is not remembered: it may be provisioned a moment later.
 */
export function createRoomFacts(
  rooms: Pick<RoomStore, 'get'>,
  capacity = DEFAULT_CAPACITY,
): (roomId: RoomId) => Promise<RoomFacts | undefined> {
  const known = new LRUCache<RoomId, RoomFacts>({ max: capacity });
  return async (roomId) => {
    const hit = known.get(roomId);
    if (hit) return hit;
    const room = await rooms.get(roomId);
    if (!room) return undefined;
    const facts = { orgId: room.orgId, kind: room.kind };
    known.set(roomId, facts);
    return facts;
  };
}
