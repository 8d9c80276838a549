import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Job, JobQueue } from '../../platform/jobs.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

const Payload = z.record(z.string(), z.string());

interface JobRow {
  key: string;
  run_at_ms: number;
  payload_json: string;
  attempts: number;
}

/**
 * Jobs in the SQLite file. A claim is one UPDATE … RETURNING: SQLite runs it under the write lock, so of
 * several processes on one file each job goes to one of them; the lease is the new run time.
 */
export class SqliteJobQueue implements JobQueue {
  readonly #schedule: Database.Statement<[string, number, string]>;
  readonly #cancel: Database.Statement<[string]>;
  readonly #claim: Database.Statement<[number, number, number], JobRow>;
  readonly #retry: Database.Statement<[number, string]>;

  constructor(db: Database.Database) {
    this.#schedule = db.prepare(
      `INSERT INTO jobs (key, run_at_ms, payload_json, attempts) VALUES (?, ?, ?, 0)
       ON CONFLICT (key) DO UPDATE SET run_at_ms = excluded.run_at_ms, payload_json = excluded.payload_json,
         attempts = 0`,
    );
    this.#cancel = db.prepare('DELETE FROM jobs WHERE key = ?');
    this.#claim = db.prepare(
      `UPDATE jobs SET run_at_ms = ?, attempts = attempts + 1
       WHERE key IN (SELECT key FROM jobs WHERE run_at_ms <= ? ORDER BY run_at_ms, key LIMIT ?)
       RETURNING key, run_at_ms, payload_json, attempts`,
    );
    this.#retry = db.prepare('UPDATE jobs SET run_at_ms = ? WHERE key = ?');
  }

  schedule(key: string, runAt: Date, payload: Record<string, string>): Promise<void> {
    return settle(() => {
      this.#schedule.run(key, runAt.getTime(), JSON.stringify(payload));
    });
  }

  cancel(key: string): Promise<void> {
    return settle(() => {
      this.#cancel.run(key);
    });
  }

  claimDue(now: Date, limit: number, leaseMs: number): Promise<Job[]> {
    return settle(() =>
      this.#claim
        .all(now.getTime() + leaseMs, now.getTime(), limit)
        .map((row) => ({
          key: row.key,
          payload: Payload.parse(parseJson(row.payload_json)),
          attempts: row.attempts,
        }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
  }

  complete(key: string): Promise<void> {
    return this.cancel(key);
  }

  fail(key: string, retryAt: Date): Promise<void> {
    return settle(() => {
      this.#retry.run(retryAt.getTime(), key);
    });
  }
}
