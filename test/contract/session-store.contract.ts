import { describe, expect, it } from 'vitest';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';
import { aSession, rejectionOf } from './fixtures.ts';

const hash = (char: string) => char.repeat(64);

export function sessionStoreContract(store: () => Store): void {
  describe('sessions', () => {
    it('[S1] a created session reads back whole', async () => {
      const session = aSession();
      await store().sessions.create(session);
      expect(await store().sessions.get(session.idHash)).toEqual(session);
      expect(await store().sessions.get(hash('f'))).toBeUndefined();
    });

    it('[S2] get returns a session that has already expired; the caller decides', async () => {
      const session = aSession({
        createdAt: new Date(Date.now() - 2 * 60 * 60_000).toISOString(),
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
      });
      await store().sessions.create(session);
      expect(await store().sessions.get(session.idHash)).toEqual(session);
    });

    it('[S3] delete removes the session, and deleting an unknown one is harmless', async () => {
      await store().sessions.create(aSession({ idHash: hash('a') }));
      await store().sessions.create(aSession({ idHash: hash('b') }));
      await store().sessions.delete(hash('a'));
      await store().sessions.delete(hash('c'));
      expect(await store().sessions.get(hash('a'))).toBeUndefined();
      expect(await store().sessions.get(hash('b'))).toBeDefined();
      expect(await store().sessions.deleteExpired('2100-01-01T00:00:00.000Z')).toBe(1);
    });

    it('[S4] deleteExpired removes sessions that expired before now, counts them and keeps the rest', async () => {
      await store().sessions.create(aSession({ idHash: hash('a'), expiresAt: '2099-01-01T00:00:00.000Z' }));
      await store().sessions.create(aSession({ idHash: hash('b'), expiresAt: '2099-01-01T12:00:00.000Z' }));
      await store().sessions.create(aSession({ idHash: hash('c'), expiresAt: '2099-01-02T00:00:00.000Z' }));
      await store().sessions.create(aSession({ idHash: hash('d'), expiresAt: '2099-01-03T00:00:00.000Z' }));

      expect(await store().sessions.deleteExpired('2099-01-02T00:00:00.000Z')).toBe(2);
      expect(await store().sessions.get(hash('a'))).toBeUndefined();
      expect(await store().sessions.get(hash('b'))).toBeUndefined();
      // Expiring exactly at `now` is not "before now".
      expect(await store().sessions.get(hash('c'))).toBeDefined();
      expect(await store().sessions.get(hash('d'))).toBeDefined();
      expect(await store().sessions.deleteExpired('2099-01-02T00:00:00.000Z')).toBe(0);
    });

    it('[S4] deleteExpired compares instants, not text, so offsets are honoured', async () => {
      // 23:30 at UTC-1 is 00:30 UTC the next day: later than `now` although it sorts earlier as text.
      await store().sessions.create(aSession({ idHash: hash('a'), expiresAt: '2099-01-01T23:30:00-01:00' }));
      // 01:00 at UTC+3 is 22:00 UTC the day before: earlier than `now` although it sorts later as text.
      await store().sessions.create(aSession({ idHash: hash('b'), expiresAt: '2099-01-02T01:00:00+03:00' }));
      expect(await store().sessions.deleteExpired('2099-01-02T00:00:00Z')).toBe(1);
      expect(await store().sessions.get(hash('a'))).toBeDefined();
      expect(await store().sessions.get(hash('b'))).toBeUndefined();
    });

    it('[S4] deleteExpired removes every expired session, however many', async () => {
      const count = 600;
      await Promise.all(
        Array.from({ length: count }, (_, index) =>
          store().sessions.create(
            aSession({ idHash: index.toString(16).padStart(64, '0'), expiresAt: '2099-01-01T00:00:00.000Z' }),
          ),
        ),
      );
      expect(await store().sessions.deleteExpired('2099-01-02T00:00:00.000Z')).toBe(count);
    });

    it('[S5] a taken id hash is refused with DuplicateKeyError("sessions.idHash")', async () => {
      const session = aSession();
      await store().sessions.create(session);
      const error = await rejectionOf(
        store().sessions.create(aSession({ expiresAt: '2099-06-01T00:00:00.000Z' })),
      );
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'sessions.idHash' });
      expect(await store().sessions.get(session.idHash)).toEqual(session);
      // The refused create must not have moved the original's expiry either.
      expect(await store().sessions.deleteExpired('2099-01-03T00:00:00.000Z')).toBe(1);
    });
  });
}
