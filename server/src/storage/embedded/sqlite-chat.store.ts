import type Database from 'better-sqlite3';
import { ChatMessage, type MessageId, type OrgId, type RoomId, type RoomKind } from '@konsiili/shared';
import type { ChatSettings, ChatStore, NewChatMessage } from '../../chat/chat.store.ts';
import { parseJson } from '../records.ts';
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

interface MessageRow {
  message_json: string;
}

export class SqliteChatStore implements ChatStore {
  readonly #db: Database.Database;
  readonly #byClient: Database.Statement<[string, string, string], MessageRow>;
  readonly #nextSeq: Database.Statement<[string], { last_seq: number }>;
  readonly #insert: Database.Statement<[Record<string, string | number>]>;
  readonly #list: Database.Statement<[string, number, number], MessageRow>;
  readonly #lastSeq: Database.Statement<[string], { last_seq: number }>;
  readonly #get: Database.Statement<[string, string], MessageRow>;
  readonly #update: Database.Statement<[string, string, string]>;
  readonly #settings: Database.Statement<[string], { is_chat_enabled: number }>;
  readonly #putSettings: Database.Statement<[string, number]>;
  readonly #purge: Database.Statement<[string, string, number]>;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#byClient = db.prepare(
      'SELECT message_json FROM chat_messages WHERE room_id = ? AND author_id = ? AND client_id = ?',
    );
    this.#nextSeq = db.prepare(
      `INSERT INTO chat_rooms (room_id, last_seq) VALUES (?, 1)
       ON CONFLICT (room_id) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`,
    );
    this.#insert = db.prepare(
      `INSERT INTO chat_messages (id, room_id, seq, org_id, room_kind, author_id, client_id, created_at_ms, message_json)
       VALUES (@id, @room_id, @seq, @org_id, @room_kind, @author_id, @client_id, @created_at_ms, @message_json)`,
    );
    this.#list = db.prepare(
      'SELECT message_json FROM chat_messages WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    this.#lastSeq = db.prepare('SELECT last_seq FROM chat_rooms WHERE room_id = ?');
    this.#get = db.prepare('SELECT message_json FROM chat_messages WHERE room_id = ? AND id = ?');
    this.#update = db.prepare('UPDATE chat_messages SET message_json = ? WHERE room_id = ? AND id = ?');
    this.#settings = db.prepare('SELECT is_chat_enabled FROM chat_rooms WHERE room_id = ?');
    this.#putSettings = db.prepare(
      `INSERT INTO chat_rooms (room_id, is_chat_enabled) VALUES (?, ?)
       ON CONFLICT (room_id) DO UPDATE SET is_chat_enabled = excluded.is_chat_enabled`,
    );
    this.#purge = db.prepare(
      'DELETE FROM chat_messages WHERE org_id = ? AND room_kind = ? AND created_at_ms < ?',
    );
  }

  append(input: NewChatMessage): Promise<{ message: ChatMessage; isNew: boolean }> {
    return settle(() =>
      // One transaction: the duplicate check, the room's next seq and the insert cannot interleave.
      this.#db
        .transaction(() => {
          const existing = this.#byClient.get(input.roomId, input.authorId, input.clientId);
          if (existing) return { message: parseMessage(existing), isNew: false };
          const seq = this.#nextSeq.get(input.roomId)?.last_seq;
          if (seq === undefined) throw new Error('chat sequence was not allocated');
          const { orgId, roomKind, clientId, ...rest } = input;
          // Built from the typed input, so no schema pass here: it was measurable on the fan-out path.
          const message: ChatMessage = { ...rest, seq };
          this.#insert.run({
            id: message.id,
            room_id: message.roomId,
            seq,
            org_id: orgId,
            room_kind: roomKind,
            author_id: message.authorId,
            client_id: clientId,
            created_at_ms: Date.parse(message.createdAt),
            message_json: JSON.stringify(message),
          });
          return { message, isNew: true };
        })
        .immediate(),
    );
  }

  list(roomId: RoomId, query: { afterSeq: number; limit: number }): Promise<ChatMessage[]> {
    return settle(() => this.#list.all(roomId, query.afterSeq, query.limit).map(parseMessage));
  }

  lastSeq(roomId: RoomId): Promise<number> {
    return settle(() => this.#lastSeq.get(roomId)?.last_seq ?? 0);
  }

  get(roomId: RoomId, messageId: MessageId): Promise<ChatMessage | undefined> {
    return settle(() => {
      const row = this.#get.get(roomId, messageId);
      return row ? parseMessage(row) : undefined;
    });
  }

  markDeleted(roomId: RoomId, messageId: MessageId): Promise<boolean> {
    return settle(() =>
      this.#db.transaction(() => {
        const row = this.#get.get(roomId, messageId);
        if (!row) return false;
        const deleted: ChatMessage = { ...parseMessage(row), text: '', mentions: [], isDeleted: true };
        this.#update.run(JSON.stringify(deleted), roomId, messageId);
        return true;
      })(),
    );
  }

  getSettings(roomId: RoomId): Promise<ChatSettings> {
    return settle(() => ({ isChatEnabled: (this.#settings.get(roomId)?.is_chat_enabled ?? 1) === 1 }));
  }

  putSettings(roomId: RoomId, settings: ChatSettings): Promise<void> {
    return settle(() => {
      this.#putSettings.run(roomId, settings.isChatEnabled ? 1 : 0);
    });
  }

  purge(orgId: OrgId, roomKind: RoomKind, cutoff: string): Promise<number> {
    return settle(() => this.#purge.run(orgId, roomKind, Date.parse(cutoff)).changes);
  }
}

function parseMessage(row: MessageRow): ChatMessage {
  return ChatMessage.parse(parseJson(row.message_json));
}
