import type Database from 'better-sqlite3';
import { Consult, type ConsultId, type OrgId } from '@konsiili/shared';
import { SealedValue } from '../../consults/client-reference-cipher.ts';
import type { ConsultStore, StoredConsult } from '../../consults/consult.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

/**
 * Schema step for consultations. The sealed client reference has its own column (ciphertext only); the
 * consult JSON never holds it.
 */
export const CONSULT_SCHEMA = `
  CREATE TABLE consults (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    org_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    consult_json TEXT NOT NULL,
    sealed_reference_json TEXT
  ) STRICT;
  CREATE INDEX consults_by_org ON consults (org_id, seq);

  CREATE TABLE notifications (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    is_read INTEGER NOT NULL,
    notification_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX notifications_by_user ON notifications (user_id, seq);

  CREATE TABLE jobs (
    key TEXT PRIMARY KEY,
    run_at_ms INTEGER NOT NULL,
    payload_json TEXT NOT NULL,
    attempts INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX jobs_by_run_at ON jobs (run_at_ms);
`;

interface ConsultRow {
  version: number;
  consult_json: string;
  sealed_reference_json: string | null;
}

export class SqliteConsultStore implements ConsultStore {
  readonly #insert: Database.Statement<[string, string, string, string | null]>;
  readonly #get: Database.Statement<[string], ConsultRow>;
  readonly #save: Database.Statement<[string, string, number]>;
  readonly #list: Database.Statement<[string], { consult_json: string }>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      'INSERT INTO consults (id, org_id, version, consult_json, sealed_reference_json) VALUES (?, ?, 1, ?, ?)',
    );
    this.#get = db.prepare('SELECT version, consult_json, sealed_reference_json FROM consults WHERE id = ?');
    this.#save = db.prepare(
      'UPDATE consults SET consult_json = ?, version = version + 1 WHERE id = ? AND version = ?',
    );
    this.#list = db.prepare('SELECT consult_json FROM consults WHERE org_id = ? ORDER BY seq');
  }

  create(consult: Consult, sealedReference?: SealedValue): Promise<void> {
    return settle(() => {
      try {
        this.#insert.run(
          consult.id,
          consult.orgId,
          JSON.stringify(consult),
          sealedReference ? JSON.stringify(sealedReference) : null,
        );
      } catch (error) {
        throw asDuplicateKeyError(error, { 'consults.id': 'consults.id' });
      }
    });
  }

  get(id: ConsultId): Promise<StoredConsult | undefined> {
    return settle(() => {
      const row = this.#get.get(id);
      if (!row) return undefined;
      return {
        consult: Consult.parse(parseJson(row.consult_json)),
        version: row.version,
        ...(row.sealed_reference_json === null
          ? {}
          : { sealedReference: SealedValue.parse(parseJson(row.sealed_reference_json)) }),
      };
    });
  }

  save(consult: Consult, expectedVersion: number): Promise<boolean> {
    return settle(() => this.#save.run(JSON.stringify(consult), consult.id, expectedVersion).changes === 1);
  }

  listByOrg(orgId: OrgId): Promise<Consult[]> {
    return settle(() => this.#list.all(orgId).map((r) => Consult.parse(parseJson(r.consult_json))));
  }
}
