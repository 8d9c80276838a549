import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { ChatMessage, type MessageId, type OrgId, type RoomId, type RoomKind } from '@konsiili/shared';
import type { ChatSettings, ChatStore, NewChatMessage } from '../../chat/chat.store.ts';
import { parseJson } from '../records.ts';
import { scrubWal } from './scrub.ts';
import { settle } from './settle.ts';

/** Schema step for chat; listed in migrations.ts. */
export const CHAT_SCHEMA = `
  CREATE TABLE chat_rooms (
    room_id TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL DEFAULT 0,
    is_chat_enabled INTEGER NOT NULL DEFAULT 1
  ) STRICT;

  CREATE TABLE chat_messages (
    id TEXT PRIMARY KEY,
    room_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    org_id TEXT NOT NULL,
    room_kind TEXT NOT NULL,
    author_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    message_json TEXT NOT NULL,
    UNIQUE (room_id, seq),
    UNIQUE (room_id, author_id, client_id)
  ) STRICT;
  CREATE INDEX chat_messages_by_age ON chat_messages (org_id, room_kind, created_at_ms);
`;

/**
 * Schema step: messages keyed by (room, seq) in a WITHOUT ROWID table. Every commit writes each B-tree it
 * touched into the WAL, and chat:send commits once per message: the first layout touched six (the rowid
 * table, four indexes and the room's counter), this one three. The room's next seq is read from the key
 * itself; chat_rooms.last_seq now only keeps the floor a retention purge leaves behind. Lookups by
 * message id scan one room's messages, which is fine for the moderator's delete and a reply's check.
 */
export const CHAT_BY_ROOM_SCHEMA = `
  CREATE TABLE chat_messages_by_room (
    room_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    org_id TEXT NOT NULL,
    room_kind TEXT NOT NULL,
    author_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    message_json TEXT NOT NULL,
    PRIMARY KEY (room_id, seq),
    UNIQUE (room_id, author_id, client_id)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO chat_messages_by_room
    (room_id, seq, id, org_id, room_kind, author_id, client_id, created_at_ms, message_json)
    SELECT room_id, seq, id, org_id, room_kind, author_id, client_id, created_at_ms, message_json
    FROM chat_messages;
  DROP TABLE chat_messages;
  ALTER TABLE chat_messages_by_room RENAME TO chat_messages;
  CREATE INDEX chat_messages_by_age ON chat_messages (org_id, room_kind, created_at_ms);
`;

/**
 * Schema step: no index by age. It served only the retention purge, which runs once a day and may scan,
 * while chat:send paid for it on every message: one more B-tree to search and one more page to write into
 * the WAL per commit.
 */
export const CHAT_WITHOUT_AGE_INDEX_SCHEMA = `
  DROP INDEX chat_messages_by_age;
`;

// The newest seq a room has handed out: its newest message, or the floor a purge recorded.
const LAST_SEQ = `max(
  coalesce((SELECT max(seq) FROM chat_messages WHERE room_id = @room), 0),
  coalesce((SELECT last_seq FROM chat_rooms WHERE room_id = @room), 0)
)`;

interface MessageRow {
  seq: number;
  message_json: string;
}

/** Rooms whose chat setting is kept in memory. */
const SETTINGS_CACHE_SIZE = 10_000;

/**
 * Chat in the embedded file. The per-room chat switch is also kept in memory, written through: it changes
 * only through putSettings on this one connection (the embedded store has a single server process), and
 * chat:send asks for it on every message.
 */
export class SqliteChatStore implements ChatStore {
  readonly #chatEnabled = new LRUCache<string, boolean>({ max: SETTINGS_CACHE_SIZE });
  readonly #db: Database.Database;
  readonly #byClient: Database.Statement<[string, string, string], MessageRow>;
  readonly #lastSeq: Database.Statement<[{ room: string }], { last_seq: number }>;
  readonly #insert: Database.Statement<[Record<string, string | number>], { seq: number }>;
  readonly #list: Database.Statement<[string, number, number], MessageRow>;
  readonly #get: Database.Statement<[string, string], MessageRow>;
  readonly #update: Database.Statement<[string, string, string]>;
  readonly #settings: Database.Statement<[string], { is_chat_enabled: number }>;
  readonly #putSettings: Database.Statement<[string, number]>;
  readonly #keepFloor: Database.Statement<[string, string, number]>;
  readonly #purge: Database.Statement<[string, string, number]>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#byClient = db.prepare(
      'SELECT seq, message_json FROM chat_messages WHERE room_id = ? AND author_id = ? AND client_id = ?',
    );
    this.#lastSeq = db.prepare(`SELECT ${LAST_SEQ} AS last_seq`);
    // One statement takes the room's next seq and inserts, so it is atomic without a transaction of
    // several calls: each call into SQLite costs tens of microseconds on the fan-out path. The seq lives
    // in its column; message_json holds the rest (rows written by earlier releases also hold the seq,
    // and the column wins when they are read).
    this.#insert = db.prepare(
      `INSERT INTO chat_messages (id, room_id, seq, org_id, room_kind, author_id, client_id, created_at_ms, message_json)
       VALUES (@id, @room, ${LAST_SEQ} + 1, @org_id, @room_kind, @author_id, @client_id, @created_at_ms, @message_json)
       ON CONFLICT (room_id, author_id, client_id) DO NOTHING
       RETURNING seq`,
    );
    this.#list = db.prepare(
      'SELECT seq, message_json FROM chat_messages WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.#get = db.prepare('SELECT seq, message_json FROM chat_messages WHERE room_id = ? AND id = ?');
    this.#update = db.prepare('UPDATE chat_messages SET message_json = ? WHERE room_id = ? AND id = ?');
    this.#settings = db.prepare('SELECT is_chat_enabled FROM chat_rooms WHERE room_id = ?');
    this.#putSettings = db.prepare(
      `INSERT INTO chat_rooms (room_id, is_chat_enabled) VALUES (?, ?)
       ON CONFLICT (room_id) DO UPDATE SET is_chat_enabled = excluded.is_chat_enabled`,
    );
    // Before a purge removes a room's newest messages, their seq becomes the room's floor. Both statements
    // scan the table (there is no index by age, see migration 9); the purge runs once a day.
    this.#keepFloor = db.prepare(
      `INSERT INTO chat_rooms (room_id, last_seq)
       SELECT room_id, max(seq) FROM chat_messages
       WHERE org_id = ? AND room_kind = ? AND created_at_ms < ? GROUP BY room_id
       ON CONFLICT (room_id) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
    );
    this.#purge = db.prepare(
      'DELETE FROM chat_messages WHERE org_id = ? AND room_kind = ? AND created_at_ms < ?',
    );
  }

  append(input: NewChatMessage): Promise<{ message: ChatMessage; isNew: boolean }> {
    return settle(() => {
      const { orgId, roomKind, clientId, ...rest } = input;
      const inserted = this.#insert.get({
        id: rest.id,
        room: rest.roomId,
        org_id: orgId,
        room_kind: roomKind,
        author_id: rest.authorId,
        client_id: clientId,
        created_at_ms: Date.parse(rest.createdAt),
        message_json: JSON.stringify(rest),
      });
      if (!inserted) {
        // The author sent this one before (a retry after a lost ack): answer with what was stored.
        const existing = this.#byClient.get(input.roomId, input.authorId, clientId);
        if (!existing) throw new Error('chat message neither inserted nor found');
        return { message: parseMessage(existing), isNew: false };
      }
      // Built from the typed input, so no schema pass here: it was measurable on the fan-out path.
      return { message: { ...rest, seq: inserted.seq }, isNew: true };
    });
  }

  list(roomId: RoomId, query: { afterSeq: number; limit: number }): Promise<ChatMessage[]> {
    return settle(() => this.#list.all(roomId, query.afterSeq, query.limit).map(parseMessage));
  }

  lastSeq(roomId: RoomId): Promise<number> {
    return settle(() => this.#lastSeq.get({ room: roomId })?.last_seq ?? 0);
  }

  get(roomId: RoomId, messageId: MessageId): Promise<ChatMessage | undefined> {
    return settle(() => {
      const row = this.#get.get(roomId, messageId);
      return row ? parseMessage(row) : undefined;
    });
  }

  markDeleted(roomId: RoomId, messageId: MessageId): Promise<boolean> {
    return settle(() => {
      const isDeleted = this.#db.transaction(() => {
        const row = this.#get.get(roomId, messageId);
        if (!row) return false;
        const { seq: _inItsColumn, ...kept } = parseMessage(row);
        const deleted: Omit<ChatMessage, 'seq'> = { ...kept, text: '', mentions: [], isDeleted: true };
        this.#update.run(JSON.stringify(deleted), roomId, messageId);
        return true;
      })();
      // The moderator's delete must not leave the text readable in the WAL.
      if (isDeleted) scrubWal(this.#db);
      return isDeleted;
    });
  }

  getSettings(roomId: RoomId): Promise<ChatSettings> {
    return settle(() => {
      let isChatEnabled = this.#chatEnabled.get(roomId);
      if (isChatEnabled === undefined) {
        isChatEnabled = (this.#settings.get(roomId)?.is_chat_enabled ?? 1) === 1;
        this.#chatEnabled.set(roomId, isChatEnabled);
      }
      return { isChatEnabled };
    });
  }

  putSettings(roomId: RoomId, settings: ChatSettings): Promise<void> {
    return settle(() => {
      this.#putSettings.run(roomId, settings.isChatEnabled ? 1 : 0);
      this.#chatEnabled.set(roomId, settings.isChatEnabled);
    });
  }

  purge(orgId: OrgId, roomKind: RoomKind, cutoff: string): Promise<number> {
    const cutoffMs = Date.parse(cutoff);
    return settle(() =>
      this.#db.transaction(() => {
        this.#keepFloor.run(orgId, roomKind, cutoffMs);
        const purged = this.#purge.run(orgId, roomKind, cutoffMs).changes;
        return purged;
      })(),
    ).then((purged) => {
      if (purged > 0) scrubWal(this.#db);
      return purged;
    });
  }
}

function parseMessage(row: MessageRow): ChatMessage {
  return ChatMessage.parse({ ...(parseJson(row.message_json) as object), seq: row.seq });
}
