import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentVersion, migrate, MIGRATIONS } from '../../server/src/storage/embedded/migrations.ts';
import { openSqliteStore } from '../../server/src/storage/embedded/sqlite.store.ts';
import { MessageId, OrgId, RoomId, UserId } from '@konsiili/shared';
import type { NewChatMessage } from '../../server/src/chat/chat.store.ts';
import { anAuditEntry, anOrganisation, aRoom, ORG_A } from './fixtures.ts';

const LATEST = MIGRATIONS.length;

function aChatMessage(roomId: RoomId, clientId: string): NewChatMessage {
  return {
    id: MessageId.parse(`message-${clientId}`),
    roomId,
    orgId: OrgId.parse('org-a'),
    roomKind: 'kela_hour',
    clientId,
    authorId: UserId.parse('user-1'),
    authorName: 'Sairaanhoitaja A',
    authorProfession: 'Sairaanhoitaja',
    text: 'uusi viesti',
    mentions: [],
    createdAt: '2026-01-02T10:00:00.000Z',
    isDeleted: false,
  };
}

describe('SQLite schema migrations', () => {
  let dir = '';
  let file = '';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'konsiili-migrations-'));
    file = path.join(dir, 'store.sqlite');
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function versionOf(target: string): number {
    const db = new Database(target, { readonly: true });
    try {
      return currentVersion(db);
    } finally {
      db.close();
    }
  }

  it('brings a new file to the latest version', async () => {
    const store = openSqliteStore({ file });
    await store.close();
    expect(versionOf(file)).toBe(LATEST);
  });

  it('migrates a file left at an older version and keeps its data', async () => {
    const old = new Database(file);
    expect(migrate(old, MIGRATIONS.slice(0, 1))).toBe(1);
    const org = anOrganisation();
    old
      .prepare('INSERT INTO organisations (id, name, services_json) VALUES (?, ?, ?)')
      .run(org.id, org.name, JSON.stringify(org.services));
    old.close();

    const store = openSqliteStore({ file });
    try {
      expect(await store.organisations.get(ORG_A)).toEqual(org);
      // Tables from the later steps exist and work.
      await store.rooms.create(aRoom());
      const entry = anAuditEntry();
      await store.audit.append(entry);
      expect(await store.audit.list(ORG_A, { limit: 1 })).toEqual([entry]);
    } finally {
      await store.close();
    }
    expect(versionOf(file)).toBe(LATEST);
  });

  it('moves chat into the (room, seq) layout keeping messages, the seq counter and the duplicate check', async () => {
    const old = new Database(file);
    expect(migrate(old, MIGRATIONS.slice(0, 7))).toBe(7);
    const insert = old.prepare(
      `INSERT INTO chat_messages (id, room_id, seq, org_id, room_kind, author_id, client_id, created_at_ms, message_json)
       VALUES (?, 'room-1', ?, 'org-a', 'kela_hour', 'user-1', ?, 0, ?)`,
    );
    const stored = [1, 2].map((seq) => ({
      id: `message-${String(seq)}`,
      roomId: 'room-1',
      seq,
      authorId: 'user-1',
      authorName: 'Sairaanhoitaja A',
      authorProfession: 'Sairaanhoitaja',
      text: `viesti ${String(seq)}`,
      mentions: [],
      createdAt: '2026-01-01T10:00:00.000Z',
      isDeleted: false,
    }));
    for (const message of stored) {
      insert.run(message.id, message.seq, `client-${String(message.seq)}`, JSON.stringify(message));
    }
    // The retention purge of release 7 had already removed seq 3 and kept the counter.
    old.prepare("INSERT INTO chat_rooms (room_id, last_seq) VALUES ('room-1', 3)").run();
    old.close();

    const store = openSqliteStore({ file });
    try {
      const roomId = RoomId.parse('room-1');
      expect(await store.chat.list(roomId, { afterSeq: 0, limit: 10 })).toEqual(stored);
      expect(await store.chat.lastSeq(roomId)).toBe(3);
      expect(await store.chat.get(roomId, MessageId.parse('message-2'))).toEqual(stored[1]);
      const again = await store.chat.append({
        ...aChatMessage(roomId, 'client-1'),
        id: MessageId.parse('message-retry'),
      });
      expect(again).toEqual({ message: stored[0], isNew: false });
      const next = await store.chat.append(aChatMessage(roomId, 'client-4'));
      expect(next.message.seq).toBe(4);
    } finally {
      await store.close();
    }
    // Step 9: the send path no longer maintains an index by age; the purge scans instead.
    const migrated = new Database(file, { readonly: true });
    try {
      const indexes = migrated
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'chat_messages'")
        .all() as { name: string }[];
      expect(indexes.map((i) => i.name)).not.toContain('chat_messages_by_age');
    } finally {
      migrated.close();
    }
  });

  it('is idempotent: applying again changes nothing', async () => {
    const first = openSqliteStore({ file });
    await first.organisations.create(anOrganisation());
    await first.close();

    const db = new Database(file);
    try {
      expect(migrate(db)).toBe(LATEST);
      expect(migrate(db)).toBe(LATEST);
    } finally {
      db.close();
    }
    const second = openSqliteStore({ file });
    expect(await second.organisations.list()).toEqual([anOrganisation()]);
    await second.close();
  });

  it('rolls a failing step back whole and keeps the version before it', () => {
    const db = new Database(file);
    try {
      const broken = [
        ...MIGRATIONS.slice(0, 1),
        { version: 2, name: 'broken', sql: 'CREATE TABLE half_done (x TEXT); SELECT * FROM no_such_table;' },
      ];
      expect(() => migrate(db, broken)).toThrow(/no_such_table/);
      expect(currentVersion(db)).toBe(1);
      const table = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get();
      expect(table).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('refuses a file written by a newer release', () => {
    const db = new Database(file);
    db.pragma(`user_version = ${String(LATEST + 1)}`);
    db.close();
    expect(() => openSqliteStore({ file })).toThrow(/newer than this release/);
  });

  it('refuses steps whose versions are not 1, 2, 3, …', () => {
    const db = new Database(file);
    try {
      const skipping = [{ version: 2, name: 'skips one', sql: 'SELECT 1;' }];
      expect(() => migrate(db, skipping)).toThrow(/must have version 1/);
      expect(currentVersion(db)).toBe(0);
    } finally {
      db.close();
    }
  });
});
