import type Database from 'better-sqlite3';
import { AuditEntry, type OrgId } from '@konsiili/shared';
import type { AuditStore } from '../../audit/audit.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

interface AuditRow {
  id: string;
  org_id: string;
  at: string;
  action: string;
  actor_id: string | null;
  room_id: string | null;
  subject_id: string | null;
  details_json: string;
}

const COLUMNS = 'id, org_id, at, action, actor_id, room_id, subject_id, details_json';

export class SqliteAuditStore implements AuditStore {
  readonly #insert: Database.Statement<[AuditRow]>;
  readonly #newest: Database.Statement<[string, number], AuditRow>;
  readonly #olderThan: Database.Statement<[string, string, number], AuditRow>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      `INSERT INTO audit_entries (${COLUMNS})
       VALUES (@id, @org_id, @at, @action, @actor_id, @room_id, @subject_id, @details_json)`,
    );
    // Ids are time-ordered and compared as bytes (BINARY collation), the same order Redis uses for BYLEX.
    this.#newest = db.prepare(
      `SELECT ${COLUMNS} FROM audit_entries WHERE org_id = ? ORDER BY id DESC LIMIT ?`,
    );
    this.#olderThan = db.prepare(
      `SELECT ${COLUMNS} FROM audit_entries WHERE org_id = ? AND id < ? ORDER BY id DESC LIMIT ?`,
    );
  }

  append(entry: AuditEntry): Promise<void> {
    return settle(() => {
      try {
        this.#insert.run({
          id: entry.id,
          org_id: entry.orgId,
          at: entry.at,
          action: entry.action,
          actor_id: entry.actorId ?? null,
          room_id: entry.roomId ?? null,
          subject_id: entry.subjectId ?? null,
          details_json: JSON.stringify(entry.details),
        });
      } catch (error) {
        // The log is append-only: an existing entry is never overwritten.
        throw asDuplicateKeyError(error, { 'audit_entries.id': 'audit.id' });
      }
    });
  }

  list(orgId: OrgId, query: { limit: number; before?: string }): Promise<AuditEntry[]> {
    return settle(() => {
      // SQLite reads a negative LIMIT as "no limit"; a non-positive limit asks for nothing.
      const limit = Math.min(Math.floor(query.limit), Number.MAX_SAFE_INTEGER);
      if (!(limit > 0)) return [];
      const rows =
        query.before === undefined
          ? this.#newest.all(orgId, limit)
          : this.#olderThan.all(orgId, query.before, limit);
      return rows.map((row) =>
        AuditEntry.parse({
          id: row.id,
          orgId: row.org_id,
          at: row.at,
          action: row.action,
          details: parseJson(row.details_json),
          ...(row.actor_id !== null && { actorId: row.actor_id }),
          ...(row.room_id !== null && { roomId: row.room_id }),
          ...(row.subject_id !== null && { subjectId: row.subject_id }),
        }),
      );
    });
  }
}
