import { describe, expect, it } from 'vitest';
import { UserId } from '@konsiili/shared';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';
import { aGuest, aUser, ORG_A, ORG_B, rejectionOf } from './fixtures.ts';

export function userStoreContract(store: () => Store): void {
  describe('users', () => {
    it('[U1] a created user reads back whole by id', async () => {
      const user = aUser();
      await store().users.create(user);
      expect(await store().users.findById(user.id)).toEqual(user);
      expect(await store().users.findById(UserId.parse('nobody'))).toBeUndefined();
    });

    it('[U1] a guest without username or password reads back without them', async () => {
      const guest = aGuest('guest-1');
      await store().users.create(guest);
      const found = await store().users.findById(guest.id);
      expect(found).toEqual(guest);
      expect(found).not.toHaveProperty('username');
      expect(found).not.toHaveProperty('passwordHash');
    });

    it('[U2] a taken id is refused with DuplicateKeyError("users.id")', async () => {
      await store().users.create(aUser());
      const error = await rejectionOf(store().users.create(aUser({ username: 'someone.else' })));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'users.id' });
      expect(await store().users.findByUsername('someone.else')).toBeUndefined();
    });

    it('[U3] usernames are unique regardless of case', async () => {
      await store().users.create(aUser({ username: 'Testi.Käyttäjä' }));
      const error = await rejectionOf(
        store().users.create(aUser({ id: UserId.parse('user-2'), username: 'TESTI.KÄYTTÄJÄ' })),
      );
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'users.username' });
      expect(await store().users.findById(UserId.parse('user-2'))).toBeUndefined();
    });

    it('[U3] a duplicate-key error names the constraint, never the value', async () => {
      await store().users.create(aUser({ username: 'private.name' }));
      const error = await rejectionOf(
        store().users.create(aUser({ id: UserId.parse('user-2'), username: 'Private.Name' })),
      );
      expect(error).toBeInstanceOf(Error);
      expect(String(error)).not.toMatch(/private\.name/i);
      expect(JSON.stringify(error)).not.toMatch(/private\.name/i);
    });

    it('[U3] of concurrent creates with one username exactly one wins', async () => {
      const results = await Promise.allSettled(
        ['same.name', 'Same.Name', 'SAME.NAME', 'same.NAME'].map((username, index) =>
          store().users.create(aUser({ id: UserId.parse(`user-${String(index)}`), username })),
        ),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(result.reason).toMatchObject({ key: 'users.username' });
      }
    });

    it('[U4] findByUsername ignores case and returns the username as it was stored', async () => {
      const user = aUser({ username: 'Testi.Käyttäjä' });
      await store().users.create(user);
      expect(await store().users.findByUsername('testi.käyttäjä')).toEqual(user);
      expect(await store().users.findByUsername('TESTI.KÄYTTÄJÄ')).toEqual(user);
      expect(await store().users.findByUsername('testi.kayttaja')).toBeUndefined();
    });

    it('[U5] any number of users may be without a username', async () => {
      await store().users.create(aGuest('guest-1'));
      await store().users.create(aGuest('guest-2'));
      expect(await store().users.findById(UserId.parse('guest-2'))).toEqual(aGuest('guest-2'));
    });

    it('[U6] listByOrg returns only that organisation, in creation order', async () => {
      const ids = ['user-c', 'user-a', 'user-b'];
      for (const id of ids) await store().users.create(aUser({ id: UserId.parse(id), username: id }));
      await store().users.create(aUser({ id: UserId.parse('user-x'), orgId: ORG_B, username: 'user-x' }));
      await store().users.create(aGuest('guest-1'));
      const listed = await store().users.listByOrg(ORG_A);
      expect(listed.map((user) => user.id)).toEqual([...ids, 'guest-1']);
      expect(listed[0]).toEqual(aUser({ id: UserId.parse('user-c'), username: 'user-c' }));
      expect(await store().users.listByOrg(ORG_B)).toHaveLength(1);
    });

    it('[U6] listByOrg of an organisation without users is empty', async () => {
      expect(await store().users.listByOrg(ORG_B)).toEqual([]);
    });
  });
}
