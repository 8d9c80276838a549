import type Database from 'better-sqlite3';
import { RetentionPolicy, type OrgId } from '@konsiili/shared';
import type { RetentionStore } from '../../retention/retention.store.ts';
import { parseJson } from '../records.ts';
import { scrubWal } from './scrub.ts';
import { settle } from './settle.ts';

/** Schema step for retention; listed in migrations.ts. */
export const RETENTION_SCHEMA = `
  CREATE TABLE retention_policies (
    org_id TEXT PRIMARY KEY,
    policy_json TEXT NOT NULL
  ) STRICT;

  CREATE TABLE retention_runs (
    period TEXT PRIMARY KEY,
    claimed_at TEXT NOT NULL
  ) STRICT;
`;

export class SqliteRetentionStore implements RetentionStore {
  readonly #get: Database.Statement<[string], { policy_json: string }>;
  readonly #put: Database.Statement<[string, string]>;
  readonly #claim: Database.Statement<[string, string]>;
  readonly #db: Database.Database;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#get = db.prepare('SELECT policy_json FROM retention_policies WHERE org_id = ?');
    this.#put = db.prepare(
      `INSERT INTO retention_policies (org_id, policy_json) VALUES (?, ?)
       ON CONFLICT (org_id) DO UPDATE SET policy_json = excluded.policy_json`,
    );
    // The primary key makes the claim atomic: of several processes on one file, one insert wins.
    this.#claim = db.prepare(
      'INSERT INTO retention_runs (period, claimed_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    );
  }

  getPolicy(orgId: OrgId): Promise<RetentionPolicy | undefined> {
    return settle(() => {
      const row = this.#get.get(orgId);
      return row ? RetentionPolicy.parse(parseJson(row.policy_json)) : undefined;
    });
  }

  putPolicy(orgId: OrgId, policy: RetentionPolicy): Promise<void> {
    return settle(() => {
      this.#put.run(orgId, JSON.stringify(policy));
    });
  }

  claimRun(period: string, claimedAt: string): Promise<boolean> {
    return settle(() => this.#claim.run(period, claimedAt).changes === 1);
  }

  scrub(): Promise<void> {
    return settle(() => {
      scrubWal(this.#db);
    });
  }
}
