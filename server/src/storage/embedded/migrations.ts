import type Database from 'better-sqlite3';
import { CHAT_BY_ROOM_SCHEMA, CHAT_SCHEMA, CHAT_WITHOUT_AGE_INDEX_SCHEMA } from './sqlite-chat.store.ts';
import { LOBBY_SCHEMA } from './sqlite-lobby.store.ts';
import { RETENTION_SCHEMA } from './sqlite-retention.store.ts';
import { PPT_SCHEMA } from './sqlite-ppt.store.ts';
import { CONSULT_SCHEMA } from './sqlite-consult.store.ts';
import { DIRECTORY_SCHEMA } from './sqlite-directory.store.ts';

/** One schema step. Steps are append-only: once released, a step's SQL never changes; fix forward with a new one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// Structured columns for everything we query or constrain on; JSON text for nested values that are only
// ever read back whole. STRICT tables make SQLite refuse a value of the wrong type instead of storing it.
// Tables that need a stable order carry an explicit INTEGER PRIMARY KEY: an implicit rowid may be
// renumbered by VACUUM.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'organisations, users and sessions',
    sql: `
      CREATE TABLE organisations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        services_json TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        org_id TEXT NOT NULL,
        username TEXT,
        username_key TEXT UNIQUE,
        password_hash TEXT,
        display_name TEXT NOT NULL,
        profession TEXT NOT NULL,
        services_json TEXT NOT NULL,
        roles_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX users_by_org ON users (org_id, seq);

      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        org_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        expires_at_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_expiry ON sessions (expires_at_ms);
    `,
  },
  {
    version: 2,
    name: 'rooms and members',
    sql: `
      CREATE TABLE rooms (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        starts_at TEXT,
        duration_minutes INTEGER,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE room_members (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        room_id TEXT NOT NULL REFERENCES rooms (id),
        user_id TEXT NOT NULL,
        role TEXT NOT NULL,
        display_name TEXT NOT NULL,
        profession TEXT NOT NULL,
        service_id TEXT,
        UNIQUE (room_id, user_id)
      ) STRICT;
      CREATE INDEX room_members_by_user ON room_members (user_id, seq);
    `,
  },
  {
    version: 3,
    name: 'audit log',
    sql: `
      CREATE TABLE audit_entries (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor_id TEXT,
        room_id TEXT,
        subject_id TEXT,
        details_json TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_entries_by_org ON audit_entries (org_id, id);
    `,
  },
  { version: 4, name: 'chat', sql: CHAT_SCHEMA },
  { version: 5, name: 'PPT series, session states and summaries', sql: PPT_SCHEMA },
  { version: 6, name: 'lobby', sql: LOBBY_SCHEMA },
  { version: 7, name: 'retention', sql: RETENTION_SCHEMA },
  { version: 8, name: 'chat messages keyed by room and seq', sql: CHAT_BY_ROOM_SCHEMA },
  { version: 9, name: 'chat messages without the index by age', sql: CHAT_WITHOUT_AGE_INDEX_SCHEMA },
  {
    version: 10,
    name: 'directory, e-consultations, notifications and jobs',
    sql: DIRECTORY_SCHEMA + CONSULT_SCHEMA,
  },
];

/**
 * Brings the file up to the newest step, one transaction per step, recording progress in `user_version`
 * (which lives in the database header and commits or rolls back with the step). Returns the resulting
 * version. Refuses a file written by a newer release rather than running old code against it.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1)
      throw new Error(`migration ${step.name} must have version ${String(index + 1)}`);
  });
  const latest = migrations.length;
  if (currentVersion(db) > latest) {
    throw new Error(`database schema version ${currentVersion(db)} is newer than this release (${latest})`);
  }
  for (const step of migrations) {
    // IMMEDIATE takes the write lock before reading the version, so two processes opening the same file
    // cannot both apply a step: the second waits (busy_timeout), then sees the new version and skips.
    db.transaction(() => {
      if (currentVersion(db) >= step.version) return;
      db.exec(step.sql);
      db.pragma(`user_version = ${String(step.version)}`);
    }).immediate();
  }
  return currentVersion(db);
}

export function currentVersion(db: Database.Database): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error('user_version is not a number');
  return version;
}
