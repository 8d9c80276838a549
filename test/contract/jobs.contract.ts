import { describe, expect, it } from 'vitest';
import type { Store } from '../../server/src/storage/store.ts';

const T0 = new Date('2026-03-10T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const LEASE = 60_000;

export function jobsContract(store: () => Store): void {
  describe('jobs', () => {
    it('[J1] only due jobs are claimed, oldest first, with their payload', async () => {
      await store().jobs.schedule('b', at(2), { consultId: 'c2' });
      await store().jobs.schedule('a', at(1), { consultId: 'c1' });
      await store().jobs.schedule('later', at(30), { consultId: 'c3' });
      expect(await store().jobs.claimDue(at(0), 10, LEASE)).toEqual([]);
      expect(await store().jobs.claimDue(at(5), 10, LEASE)).toEqual([
        { key: 'a', payload: { consultId: 'c1' }, attempts: 1 },
        { key: 'b', payload: { consultId: 'c2' }, attempts: 1 },
      ]);
    });

    it('[J2] of many concurrent claimers, each due job goes to exactly one', async () => {
      for (let i = 0; i < 10; i++) await store().jobs.schedule(`job-${String(i)}`, at(0), { i: String(i) });
      const claims = await Promise.all(
        Array.from({ length: 6 }, () => store().jobs.claimDue(at(1), 4, LEASE)),
      );
      const keys = claims.flat().map((j) => j.key);
      expect(keys).toHaveLength(10);
      expect(new Set(keys).size).toBe(10);
    });

    it('[J3] a claimed job is leased: due again only after the lease, unless completed', async () => {
      await store().jobs.schedule('a', at(0), {});
      await store().jobs.schedule('b', at(0), {});
      expect(await store().jobs.claimDue(at(1), 10, LEASE)).toHaveLength(2);
      expect(await store().jobs.claimDue(at(1.5), 10, LEASE)).toEqual([]);
      await store().jobs.complete('a');
      const again = await store().jobs.claimDue(at(3), 10, LEASE);
      expect(again).toEqual([{ key: 'b', payload: {}, attempts: 2 }]);
    });

    it('[J4] schedule is idempotent per key; cancel removes; fail retries at the given time', async () => {
      await store().jobs.schedule('a', at(0), { v: '1' });
      await store().jobs.schedule('a', at(10), { v: '2' });
      expect(await store().jobs.claimDue(at(5), 10, LEASE)).toEqual([]);
      const [job] = await store().jobs.claimDue(at(10), 10, LEASE);
      expect(job).toEqual({ key: 'a', payload: { v: '2' }, attempts: 1 });
      await store().jobs.fail('a', at(20));
      expect(await store().jobs.claimDue(at(19), 10, LEASE)).toEqual([]);
      expect(await store().jobs.claimDue(at(20), 10, LEASE)).toHaveLength(1);
      await store().jobs.schedule('c', at(0), {});
      await store().jobs.cancel('c');
      await store().jobs.cancel('never-scheduled');
      expect(await store().jobs.claimDue(at(100), 10, LEASE)).toEqual([
        { key: 'a', payload: { v: '2' }, attempts: 3 },
      ]);
    });
  });
}
