import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RoomId } from '@konsiili/shared';
import { openSqliteStore } from '../../server/src/storage/embedded/sqlite.store.ts';
import { anAuditEntry, anOrganisation, ORG_A } from './fixtures.ts';
import { registerStoreContract } from './store.contract.ts';

function tempDir(): { dir: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'konsiili-sqlite-'));
  const cleanup = () => {
    rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  };
  return { dir, cleanup };
}

registerStoreContract('sqlite', () => {
  const { dir, cleanup } = tempDir();
  return Promise.resolve({ store: openSqliteStore({ file: path.join(dir, 'store.sqlite') }), cleanup });
});

describe('SQLite store', () => {
  it('creates missing parent directories', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const store = openSqliteStore({ file: path.join(dir, 'nested', 'deeper', 'store.sqlite') });
      await store.ping();
      await store.close();
    } finally {
      await cleanup();
    }
  });

  it('a session state another writer saved meanwhile refuses the stale save, and the next read sees it', async () => {
    // The file belongs to one server process, which keeps session states in memory; should another process
    // write anyway, the compare-and-set still refuses, and the retry must read the file, not the copy.
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'store.sqlite');
    const [mine, other] = [openSqliteStore({ file }), openSqliteStore({ file })];
    try {
      const state = (version: number, phase: 'opening' | 'running') => ({
        roomId: RoomId.parse('ppt-keskusta-20990304'),
        seriesId: 'keskusta',
        date: '2099-03-04',
        version,
        phase,
        startsAt: '2099-03-04T13:00:00.000+02:00',
        endsAt: '2099-03-04T14:00:00.000+02:00',
        requiredServices: [],
        declarations: [],
        items: [],
        hands: [],
      });
      expect(await mine.ppt.saveState(state(1, 'opening'), 0)).toBe(true);
      expect(await mine.ppt.getState(state(1, 'opening').roomId)).toEqual(state(1, 'opening'));
      expect(await other.ppt.saveState(state(2, 'running'), 1)).toBe(true);
      expect(await mine.ppt.saveState(state(2, 'opening'), 1)).toBe(false);
      expect(await mine.ppt.getState(state(1, 'opening').roomId)).toEqual(state(2, 'running'));
    } finally {
      await mine.close();
      await other.close();
      await cleanup();
    }
  });

  it('keeps what it acknowledged across close and reopen', async () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'store.sqlite');
    try {
      const first = openSqliteStore({ file });
      await first.organisations.create(anOrganisation());
      await first.close();
      const second = openSqliteStore({ file });
      expect(await second.organisations.get(ORG_A)).toEqual(anOrganisation());
      await second.close();
    } finally {
      await cleanup();
    }
  });

  it('folds the WAL back into the database file in the background, without waiting for close', async () => {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'store.sqlite');
    try {
      const store = openSqliteStore({ file });
      const sizeBefore = statSync(file).size;
      // A hundred commits, some hundreds of WAL frames: below the 1000-page mark of SQLite's own automatic
      // checkpoint, so only the background checkpointer can have moved them into the main file.
      await store.organisations.create(anOrganisation());
      for (let i = 0; i < 100; i++) {
        await store.audit.append(anAuditEntry());
      }
      const deadline = Date.now() + 5_000;
      while (statSync(file).size <= sizeBefore && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(statSync(file).size).toBeGreaterThan(sizeBefore);
      await store.close();
    } finally {
      await cleanup();
    }
  });
});
