import type Database from 'better-sqlite3';
import type { AuthSession, SessionStore } from '../../auth/session.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { parseAuthSession } from '../records.ts';
import { settle } from './settle.ts';

interface SessionRow {
  id_hash: string;
  user_id: string;
  org_id: string;
  created_at: string;
  expires_at: string;
}

export class SqliteSessionStore implements SessionStore {
  readonly #insert: Database.Statement<[SessionRow & { expires_at_ms: number }]>;
  readonly #get: Database.Statement<[string], SessionRow>;
  readonly #delete: Database.Statement<[string]>;
  readonly #deleteExpired: Database.Statement<[number]>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      `INSERT INTO sessions (id_hash, user_id, org_id, created_at, expires_at, expires_at_ms)
       VALUES (@id_hash, @user_id, @org_id, @created_at, @expires_at, @expires_at_ms)`,
    );
    this.#get = db.prepare(
      'SELECT id_hash, user_id, org_id, created_at, expires_at FROM sessions WHERE id_hash = ?',
    );
    this.#delete = db.prepare('DELETE FROM sessions WHERE id_hash = ?');
    this.#deleteExpired = db.prepare('DELETE FROM sessions WHERE expires_at_ms < ?');
  }

  create(session: AuthSession): Promise<void> {
    return settle(() => {
      try {
        this.#insert.run({
          id_hash: session.idHash,
          user_id: session.userId,
          org_id: session.orgId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          expires_at_ms: instantMs(session.expiresAt),
        });
      } catch (error) {
        throw asDuplicateKeyError(error, { 'sessions.id_hash': 'sessions.idHash' });
      }
    });
  }

  get(idHash: string): Promise<AuthSession | undefined> {
    return settle(() => {
      const row = this.#get.get(idHash);
      if (row === undefined) return undefined;
      return parseAuthSession({
        idHash: row.id_hash,
        userId: row.user_id,
        orgId: row.org_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      });
    });
  }

  delete(idHash: string): Promise<void> {
    return settle(() => {
      this.#delete.run(idHash);
    });
  }

  deleteExpired(now: string): Promise<number> {
    return settle(() => this.#deleteExpired.run(instantMs(now)).changes);
  }
}

// Expiry is compared as epoch milliseconds: ISO strings with different offsets or precision do not sort
// as text.
function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError('session time is not an ISO instant');
  return ms;
}
