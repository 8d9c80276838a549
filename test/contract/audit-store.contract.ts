import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@konsiili/shared';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';
import { anAuditEntry, ORG_A, ORG_B, rejectionOf } from './fixtures.ts';

const ids = (entries: AuditEntry[]) => entries.map((entry) => entry.id);

/** Appends `count` entries, oldest first, and returns them newest first, as list() should. */
async function appendMany(store: Store, count: number): Promise<AuditEntry[]> {
  const entries = Array.from({ length: count }, (_, index) => anAuditEntry({ details: { index } }));
  for (const entry of entries) await store.audit.append(entry);
  return entries.reverse();
}

export function auditStoreContract(store: () => Store): void {
  describe('audit', () => {
    it('[A1] an appended entry lists back whole', async () => {
      const full = anAuditEntry({ subjectId: anAuditEntry().actorId, action: 'role_changed' });
      const bare = anAuditEntry({
        action: 'login_failed',
        actorId: undefined,
        roomId: undefined,
        details: {},
      });
      await store().audit.append(full);
      await store().audit.append(bare);
      const listed = await store().audit.list(ORG_A, { limit: 10 });
      expect(listed).toEqual([bare, full]);
      expect(listed[0]).not.toHaveProperty('actorId');
    });

    it('[A2] entries list newest first, ordered by their time-ordered ids', async () => {
      const newestFirst = await appendMany(store(), 5);
      expect(ids(await store().audit.list(ORG_A, { limit: 10 }))).toEqual(ids(newestFirst));
    });

    it('[A2] the order follows the ids even when entries arrive out of order', async () => {
      const older = anAuditEntry();
      const newer = anAuditEntry();
      await store().audit.append(newer);
      await store().audit.append(older);
      expect(ids(await store().audit.list(ORG_A, { limit: 10 }))).toEqual([newer.id, older.id]);
    });

    it('[A3] limit caps the page; a limit below one returns nothing', async () => {
      const newestFirst = await appendMany(store(), 5);
      expect(ids(await store().audit.list(ORG_A, { limit: 2 }))).toEqual(ids(newestFirst.slice(0, 2)));
      expect(await store().audit.list(ORG_A, { limit: 0 })).toEqual([]);
      expect(await store().audit.list(ORG_A, { limit: -1 })).toEqual([]);
    });

    it('[A4] `before` pages through older entries without gaps or repeats', async () => {
      const newestFirst = await appendMany(store(), 7);
      const seen: AuditEntry[] = [];
      let before: string | undefined;
      for (;;) {
        const page = await store().audit.list(
          ORG_A,
          before === undefined ? { limit: 3 } : { limit: 3, before },
        );
        if (page.length === 0) break;
        seen.push(...page);
        before = page.at(-1)?.id;
      }
      expect(ids(seen)).toEqual(ids(newestFirst));
    });

    it('[A4] paging is stable while new entries arrive', async () => {
      const newestFirst = await appendMany(store(), 4);
      const first = await store().audit.list(ORG_A, { limit: 2 });
      await appendMany(store(), 3);
      const second = await store().audit.list(ORG_A, { limit: 10, before: first.at(-1)?.id ?? '' });
      expect(ids(second)).toEqual(ids(newestFirst.slice(2)));
    });

    it('[A5] an organisation sees only its own entries', async () => {
      const mine = anAuditEntry();
      const theirs = anAuditEntry({ orgId: ORG_B });
      await store().audit.append(mine);
      await store().audit.append(theirs);
      expect(await store().audit.list(ORG_A, { limit: 10 })).toEqual([mine]);
      expect(await store().audit.list(ORG_B, { limit: 10 })).toEqual([theirs]);
      expect(await store().audit.list(ORG_A, { limit: 10, before: theirs.id })).toEqual([mine]);
    });

    it('[A6] the log is append-only: a taken id is refused and the entry is kept', async () => {
      const entry = anAuditEntry();
      await store().audit.append(entry);
      const error = await rejectionOf(store().audit.append({ ...entry, action: 'logout' }));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'audit.id' });
      expect(await store().audit.list(ORG_A, { limit: 10 })).toEqual([entry]);
    });
  });
}
