import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
