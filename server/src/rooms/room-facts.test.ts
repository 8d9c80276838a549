import { describe, expect, it } from 'vitest';
import { OrgId, RoomId, UserId, type Room } from '@konsiili/shared';
import { createRoomFacts } from './room-facts.ts';

function room(id: string): Room {
  return {
    id: RoomId.parse(id),
    orgId: OrgId.parse('org-a'),
    kind: 'kela_hour',
    title: 'Kela-tunti',
    status: 'open',
    createdBy: UserId.parse('user-a'),
    createdAt: '2026-11-25T08:00:00.000Z',
  };
}

/** A room table in a Map that counts how often it is read. */
function countingRooms(): {
  rooms: Map<RoomId, Room>;
  reads: () => number;
  get: (id: RoomId) => Promise<Room | undefined>;
} {
  const rooms = new Map<RoomId, Room>();
  let reads = 0;
  return {
    rooms,
    reads: () => reads,
    get: (id) => {
      reads += 1;
      return Promise.resolve(rooms.get(id));
    },
  };
}

describe('room facts', () => {
  it('reads a room once and answers its organisation and kind from memory afterwards', async () => {
    const store = countingRooms();
    store.rooms.set(RoomId.parse('r1'), room('r1'));
    const facts = createRoomFacts(store);
    expect(await facts(RoomId.parse('r1'))).toEqual({ orgId: 'org-a', kind: 'kela_hour' });
    expect(await facts(RoomId.parse('r1'))).toEqual({ orgId: 'org-a', kind: 'kela_hour' });
    expect(store.reads()).toBe(1);
  });

  it('does not remember a missing room, which may be provisioned a moment later', async () => {
    const store = countingRooms();
    const facts = createRoomFacts(store);
    expect(await facts(RoomId.parse('r1'))).toBeUndefined();
    store.rooms.set(RoomId.parse('r1'), room('r1'));
    expect(await facts(RoomId.parse('r1'))).toEqual({ orgId: 'org-a', kind: 'kela_hour' });
  });

  it('forgets the least recently used room when full', async () => {
    const store = countingRooms();
    for (const id of ['r1', 'r2', 'r3']) store.rooms.set(RoomId.parse(id), room(id));
    const facts = createRoomFacts(store, 2);
    await facts(RoomId.parse('r1'));
    await facts(RoomId.parse('r2'));
    await facts(RoomId.parse('r1')); // r1 is now the most recent, r2 the oldest
    await facts(RoomId.parse('r3')); // evicts r2
    expect(store.reads()).toBe(3);
    await facts(RoomId.parse('r1'));
    expect(store.reads()).toBe(3);
    await facts(RoomId.parse('r2'));
    expect(store.reads()).toBe(4);
  });
});
