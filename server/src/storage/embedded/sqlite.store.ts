import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { memoryRateLimiters, type RateLimiters } from '../../platform/rate-limits.ts';
import type { Store } from '../store.ts';
import { migrate } from './migrations.ts';
import { SqliteAuditStore } from './sqlite-audit.store.ts';
import { SqliteChatStore } from './sqlite-chat.store.ts';
import { SqliteLobbyStore } from './sqlite-lobby.store.ts';
import { SqliteRetentionStore } from './sqlite-retention.store.ts';
import { SqliteOrganisationStore } from './sqlite-organisation.store.ts';
import { SqlitePptStore } from './sqlite-ppt.store.ts';
import { SqliteRoomStore } from './sqlite-room.store.ts';
import { SqliteSessionStore } from './sqlite-session.store.ts';
import { SqliteUserStore } from './sqlite-user.store.ts';
import { SqliteConsultStore } from './sqlite-consult.store.ts';
import { SqliteDirectoryStore } from './sqlite-directory.store.ts';
import { SqliteJobQueue } from './sqlite-jobs.ts';
import { SqliteNotificationStore } from './sqlite-notification.store.ts';
import { settle } from './settle.ts';
import { startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';

const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating it and its directory if needed) the embedded store in one SQLite file and migrates it
 * to the current schema. The driver is synchronous; the port's promises only keep both adapters alike.
 */
export function openSqliteStore(options: { file: string; synchronous?: 'normal' | 'full' }): Store {
  mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file);
  try {
    // WAL lets readers run beside the writer. With NORMAL (the default) a committed write is in the WAL
    // before the ack, so it survives kill -9 of the server; only an OS crash or power loss can take the
    // last commits, as with Redis' appendfsync everysec. FULL fsyncs every commit and survives those too,
    // at the price of blocking the event loop for each fsync (see the fan-out benchmark).
    // SQLite quietly keeps the old mode where WAL is impossible (some network filesystems); refuse instead.
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new Error('SQLite refused WAL mode');
    }
    const synchronous = options.synchronous === 'full' ? 'FULL' : 'NORMAL';
    db.pragma(`synchronous = ${synchronous}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${String(BUSY_TIMEOUT_MS)}`);
    migrate(db);
    return new SqliteStore(db, startWalCheckpointer(db, { file: options.file, synchronous }));
  } catch (error) {
    db.close();
    throw error;
  }
}

class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly users: SqliteUserStore;
  readonly sessions: SqliteSessionStore;
  readonly organisations: SqliteOrganisationStore;
  readonly rooms: SqliteRoomStore;
  readonly audit: SqliteAuditStore;
  readonly ppt: SqlitePptStore;
  readonly chat: SqliteChatStore;
  readonly lobby: SqliteLobbyStore;
  readonly retention: SqliteRetentionStore;
  readonly directory: SqliteDirectoryStore;
  readonly consults: SqliteConsultStore;
  readonly notifications: SqliteNotificationStore;
  readonly jobs: SqliteJobQueue;
  /** One node owns the file, so its memory is the only place counters need to be. */
  readonly rateLimiters: RateLimiters = memoryRateLimiters();
  readonly #db: Database.Database;
  readonly #ping: Database.Statement<[]>;
  readonly #checkpointer: WalCheckpointer;

  constructor(db: Database.Database, checkpointer: WalCheckpointer) {
    this.#db = db;
    this.#checkpointer = checkpointer;
    this.users = new SqliteUserStore(db);
    this.sessions = new SqliteSessionStore(db);
    this.organisations = new SqliteOrganisationStore(db);
    this.rooms = new SqliteRoomStore(db);
    this.audit = new SqliteAuditStore(db);
    this.ppt = new SqlitePptStore(db);
    this.chat = new SqliteChatStore(db);
    this.lobby = new SqliteLobbyStore(db);
    this.retention = new SqliteRetentionStore(db);
    this.directory = new SqliteDirectoryStore(db);
    this.consults = new SqliteConsultStore(db);
    this.notifications = new SqliteNotificationStore(db);
    this.jobs = new SqliteJobQueue(db);
    this.#ping = db.prepare('SELECT 1');
  }

  ping(): Promise<void> {
    return settle(() => {
      this.#ping.get();
    });
  }

  async close(): Promise<void> {
    await this.#checkpointer.stop();
    await settle(() => {
      // Closing the last connection checkpoints the WAL back into the main file.
      if (this.#db.open) this.#db.close();
    });
  }
}
