import { describe, expect, it } from 'vitest';
import { RoomId, UserId } from '@konsiili/shared';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';
import { aMember, aRoom, rejectionOf } from './fixtures.ts';

const ROOM_1 = RoomId.parse('room-1');
const ROOM_2 = RoomId.parse('room-2');
const user = (id: string) => UserId.parse(id);

export function roomStoreContract(store: () => Store): void {
  describe('rooms', () => {
    it('[R1] a created room reads back whole, with or without a schedule', async () => {
      const scheduled = aRoom();
      const unscheduled = aRoom({
        id: ROOM_2,
        kind: 'e_consultation',
        status: 'open',
        startsAt: undefined,
        durationMinutes: undefined,
      });
      await store().rooms.create(scheduled);
      await store().rooms.create(unscheduled);
      expect(await store().rooms.get(ROOM_1)).toEqual(scheduled);
      const found = await store().rooms.get(ROOM_2);
      expect(found).toEqual(unscheduled);
      expect(found).not.toHaveProperty('startsAt');
      expect(await store().rooms.get(RoomId.parse('room-x'))).toBeUndefined();
      try {
        Object.assign(found ?? {}, { title: 'Muutettu' });
      } catch {
        // An adapter may hand out frozen objects; then the change is refused outright.
      }
      expect(await store().rooms.get(ROOM_2)).toEqual(unscheduled);
    });

    it('[R2] a taken id is refused with DuplicateKeyError("rooms.id")', async () => {
      await store().rooms.create(aRoom());
      const error = await rejectionOf(store().rooms.create(aRoom({ title: 'Toinen' })));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'rooms.id' });
      expect(await store().rooms.get(ROOM_1)).toEqual(aRoom());
    });

    it('[R3] a member reads back whole; a non-member is undefined', async () => {
      await store().rooms.create(aRoom());
      const member = aMember();
      await store().rooms.putMember(member);
      expect(await store().rooms.getMember(ROOM_1, member.userId)).toEqual(member);
      expect(await store().rooms.getMember(ROOM_1, user('user-2'))).toBeUndefined();
      expect(await store().rooms.getMember(ROOM_2, member.userId)).toBeUndefined();
    });

    it('[R3] changing a member object the store handed out does not change what it hands out next', async () => {
      await store().rooms.create(aRoom());
      const member = aMember();
      await store().rooms.putMember(member);
      const read = await store().rooms.getMember(ROOM_1, member.userId);
      try {
        Object.assign(read ?? {}, { displayName: 'Muutettu' });
      } catch {
        // An adapter may hand out frozen objects; then the change is refused outright.
      }
      member.displayName = 'Myös muutettu';
      expect(await store().rooms.getMember(ROOM_1, member.userId)).toEqual(aMember());
    });

    it('[R4] listMembers keeps the order members were first added', async () => {
      await store().rooms.create(aRoom());
      for (const id of ['user-c', 'user-a', 'user-b'])
        await store().rooms.putMember(aMember({ userId: user(id) }));
      const listed = await store().rooms.listMembers(ROOM_1);
      expect(listed.map((member) => member.userId)).toEqual(['user-c', 'user-a', 'user-b']);
      expect(listed[1]).toEqual(aMember({ userId: user('user-a') }));
      expect(await store().rooms.listMembers(ROOM_2)).toEqual([]);
    });

    it('[R4] putMember replaces the entry of the same user and keeps their place', async () => {
      await store().rooms.create(aRoom());
      for (const id of ['user-a', 'user-b', 'user-c'])
        await store().rooms.putMember(aMember({ userId: user(id) }));
      expect(await store().rooms.getMember(ROOM_1, user('user-a'))).toEqual(
        aMember({ userId: user('user-a') }),
      );
      const replaced = aMember({ userId: user('user-a'), role: 'chair', serviceId: undefined });
      await store().rooms.putMember(replaced);
      expect(await store().rooms.getMember(ROOM_1, user('user-a'))).toEqual(replaced);
      const listed = await store().rooms.listMembers(ROOM_1);
      expect(listed.map((member) => member.userId)).toEqual(['user-a', 'user-b', 'user-c']);
      expect(listed[0]).toEqual(replaced);
      expect(listed[0]).not.toHaveProperty('serviceId');
    });

    it('[R4] members of one room do not appear in another', async () => {
      await store().rooms.create(aRoom());
      await store().rooms.create(aRoom({ id: ROOM_2 }));
      await store().rooms.putMember(aMember({ userId: user('user-a') }));
      await store().rooms.putMember(aMember({ roomId: ROOM_2, userId: user('user-b') }));
      expect((await store().rooms.listMembers(ROOM_1)).map((member) => member.userId)).toEqual(['user-a']);
      expect((await store().rooms.listMembers(ROOM_2)).map((member) => member.userId)).toEqual(['user-b']);
    });

    it('[R5] setRole changes only the role and resolves the updated member', async () => {
      await store().rooms.create(aRoom());
      await store().rooms.putMember(aMember({ userId: user('user-a') }));
      await store().rooms.putMember(aMember({ userId: user('user-b') }));
      const updated = await store().rooms.setRole(ROOM_1, user('user-b'), 'deputy_chair');
      expect(updated).toEqual(aMember({ userId: user('user-b'), role: 'deputy_chair' }));
      expect(await store().rooms.getMember(ROOM_1, user('user-b'))).toEqual(updated);
      expect((await store().rooms.listMembers(ROOM_1)).map((member) => member.userId)).toEqual([
        'user-a',
        'user-b',
      ]);
    });

    it('[R5] setRole of a non-member resolves undefined and adds nobody', async () => {
      await store().rooms.create(aRoom());
      expect(await store().rooms.setRole(ROOM_1, user('user-a'), 'chair')).toBeUndefined();
      expect(await store().rooms.setRole(ROOM_2, user('user-a'), 'chair')).toBeUndefined();
      expect(await store().rooms.listMembers(ROOM_1)).toEqual([]);
      expect(await store().rooms.listForUser(user('user-a'))).toEqual([]);
    });

    it('[R6] listForUser returns each room the user belongs to with their role there', async () => {
      const rooms = [
        aRoom({ id: ROOM_2 }),
        aRoom(),
        aRoom({ id: RoomId.parse('room-3'), kind: 'kela_hour' }),
      ];
      for (const room of rooms) await store().rooms.create(room);
      await store().rooms.putMember(aMember({ roomId: ROOM_2, userId: user('user-a'), role: 'chair' }));
      await store().rooms.putMember(aMember({ roomId: ROOM_1, userId: user('user-a'), role: 'participant' }));
      await store().rooms.putMember(aMember({ roomId: ROOM_1, userId: user('user-b') }));
      await store().rooms.setRole(ROOM_1, user('user-a'), 'deputy_chair');
      expect(await store().rooms.listForUser(user('user-a'))).toEqual([
        { room: aRoom({ id: ROOM_2 }), role: 'chair' },
        { room: aRoom(), role: 'deputy_chair' },
      ]);
      expect(await store().rooms.listForUser(user('user-c'))).toEqual([]);
    });

    it('[R7] putMember into a room that does not exist is refused and stores nothing', async () => {
      await expect(store().rooms.putMember(aMember({ roomId: ROOM_2 }))).rejects.toThrow();
      expect(await store().rooms.listMembers(ROOM_2)).toEqual([]);
      expect(await store().rooms.listForUser(user('user-1'))).toEqual([]);
    });

    it('[R8] reschedule changes only the start time and status, and keeps the members', async () => {
      await store().rooms.create(aRoom());
      // Read first: a store that keeps copies must replace this one.
      expect(await store().rooms.get(ROOM_1)).toEqual(aRoom());
      await store().rooms.putMember(aMember({ userId: user('user-a'), role: 'chair' }));
      const moved = aRoom({ startsAt: '2099-03-05T12:30:00.000+02:00', status: 'closed' });
      expect(
        await store().rooms.reschedule(ROOM_1, { startsAt: moved.startsAt ?? '', status: 'closed' }),
      ).toEqual(moved);
      expect(await store().rooms.get(ROOM_1)).toEqual(moved);
      expect(await store().rooms.listMembers(ROOM_1)).toEqual([
        aMember({ userId: user('user-a'), role: 'chair' }),
      ]);
      expect(await store().rooms.listForUser(user('user-a'))).toEqual([{ room: moved, role: 'chair' }]);
      const reopened = { startsAt: '2099-03-04T09:00:00+02:00', status: 'scheduled' } as const;
      expect(await store().rooms.reschedule(ROOM_1, reopened)).toEqual(aRoom());
      expect(await store().rooms.get(ROOM_1)).toEqual(aRoom());
    });

    it('[R8] reschedule of a room that does not exist resolves undefined and creates nothing', async () => {
      const schedule = { startsAt: '2099-03-05T12:30:00.000+02:00', status: 'scheduled' } as const;
      expect(await store().rooms.reschedule(ROOM_2, schedule)).toBeUndefined();
      expect(await store().rooms.get(ROOM_2)).toBeUndefined();
      await expect(store().rooms.create(aRoom({ id: ROOM_2 }))).resolves.toBeUndefined();
    });

    it('[R4] members added concurrently are each listed exactly once', async () => {
      await store().rooms.create(aRoom());
      const ids = Array.from({ length: 20 }, (_, index) => `user-${String(index)}`);
      await Promise.all(ids.map((id) => store().rooms.putMember(aMember({ userId: user(id) }))));
      await Promise.all(
        ids.map((id) => store().rooms.putMember(aMember({ userId: user(id), role: 'guest' }))),
      );
      const listed = await store().rooms.listMembers(ROOM_1);
      expect(listed.map((member) => member.userId).sort()).toEqual([...ids].sort());
      expect(listed.every((member) => member.role === 'guest')).toBe(true);
    });
  });
}
