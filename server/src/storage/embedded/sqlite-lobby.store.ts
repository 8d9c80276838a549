import type Database from 'better-sqlite3';
import { LobbyEntry, type RoomId, type UserId } from '@konsiili/shared';
import type { LobbyDecision, LobbyRecord, LobbyStore } from '../../lobby/lobby.store.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

/** Schema step for the lobby; listed in migrations.ts. */
export const LOBBY_SCHEMA = `
  CREATE TABLE lobby_entries (
    room_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'admitted', 'declined')),
    since_ms INTEGER NOT NULL,
    entry_json TEXT NOT NULL,
    PRIMARY KEY (room_id, user_id)
  ) STRICT;
  CREATE INDEX lobby_entries_waiting ON lobby_entries (room_id, status, since_ms);
`;

interface Row {
  status: string;
  entry_json: string;
}

export class SqliteLobbyStore implements LobbyStore {
  readonly #insert: Database.Statement<[string, string, number, string]>;
  readonly #get: Database.Statement<[string, string], Row>;
  readonly #waiting: Database.Statement<[string], Row>;
  readonly #decide: Database.Statement<[string, string, string]>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      `INSERT INTO lobby_entries (room_id, user_id, status, since_ms, entry_json) VALUES (?, ?, 'waiting', ?, ?)
       ON CONFLICT (room_id, user_id) DO NOTHING`,
    );
    this.#get = db.prepare('SELECT status, entry_json FROM lobby_entries WHERE room_id = ? AND user_id = ?');
    this.#waiting = db.prepare(
      "SELECT status, entry_json FROM lobby_entries WHERE room_id = ? AND status = 'waiting' ORDER BY since_ms, user_id",
    );
    this.#decide = db.prepare(
      "UPDATE lobby_entries SET status = ? WHERE room_id = ? AND user_id = ? AND status = 'waiting'",
    );
  }

  enqueue(entry: LobbyEntry): Promise<LobbyRecord> {
    return settle(() => {
      this.#insert.run(entry.roomId, entry.userId, Date.parse(entry.since), JSON.stringify(entry));
      const row = this.#get.get(entry.roomId, entry.userId);
      if (!row) throw new Error('lobby entry vanished');
      return toRecord(row);
    });
  }

  get(roomId: RoomId, userId: UserId): Promise<LobbyRecord | undefined> {
    return settle(() => {
      const row = this.#get.get(roomId, userId);
      return row ? toRecord(row) : undefined;
    });
  }

  listWaiting(roomId: RoomId): Promise<LobbyEntry[]> {
    return settle(() => this.#waiting.all(roomId).map((row) => toRecord(row).entry));
  }

  decide(roomId: RoomId, userId: UserId, status: 'admitted' | 'declined'): Promise<boolean> {
    return settle(() => this.#decide.run(status, roomId, userId).changes === 1);
  }
}

function toRecord(row: Row): LobbyRecord {
  return { entry: LobbyEntry.parse(parseJson(row.entry_json)), status: row.status as LobbyDecision };
}
