import { describe, expect, it } from 'vitest';
import { RoomId, UserId, type LobbyEntry } from '@konsiili/shared';
import type { Store } from '../../server/src/storage/store.ts';

const ROOM = RoomId.parse('lobby-room');
const entry = (user: string, second: number, extra: Partial<LobbyEntry> = {}): LobbyEntry => ({
  roomId: ROOM,
  userId: UserId.parse(user),
  displayName: 'Vieras',
  profession: 'Kelan yhteyshenkilö',
  role: 'guest',
  since: new Date(Date.UTC(2026, 10, 25, 8, 0, second)).toISOString(),
  ...extra,
});

export function lobbyStoreContract(store: () => Store): void {
  describe('lobby', () => {
    it('[LB2] waiting entries list longest-waiting first', async () => {
      await store().lobby.enqueue(entry('u2', 5));
      await store().lobby.enqueue(entry('u1', 1, { fromOrganisation: 'Toinen alue' }));
      const waiting = await store().lobby.listWaiting(ROOM);
      expect(waiting.map((e) => e.userId)).toEqual(['u1', 'u2']);
      expect(waiting[0]).toEqual(entry('u1', 1, { fromOrganisation: 'Toinen alue' }));
      expect(await store().lobby.listWaiting(RoomId.parse('other'))).toEqual([]);
    });

    it('[LB3] enqueueing again keeps the first entry and its place', async () => {
      await store().lobby.enqueue(entry('u1', 1));
      const again = await store().lobby.enqueue(entry('u1', 9, { displayName: 'Toinen nimi' }));
      expect(again).toEqual({ entry: entry('u1', 1), status: 'waiting' });
    });

    it('[LB4] a decision takes the entry off the waiting list once, and is remembered', async () => {
      await store().lobby.enqueue(entry('u1', 1));
      await store().lobby.enqueue(entry('u2', 2));
      expect(await store().lobby.decide(ROOM, UserId.parse('u1'), 'admitted')).toBe(true);
      expect(await store().lobby.decide(ROOM, UserId.parse('u1'), 'declined')).toBe(false);
      expect(await store().lobby.decide(ROOM, UserId.parse('u2'), 'declined')).toBe(true);
      expect(await store().lobby.listWaiting(ROOM)).toEqual([]);
      expect((await store().lobby.get(ROOM, UserId.parse('u1')))?.status).toBe('admitted');
      expect((await store().lobby.get(ROOM, UserId.parse('u2')))?.status).toBe('declined');
      expect(await store().lobby.get(ROOM, UserId.parse('u3'))).toBeUndefined();
      expect(await store().lobby.decide(ROOM, UserId.parse('u3'), 'admitted')).toBe(false);
    });
  });
}
