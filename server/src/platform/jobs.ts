/** A durable job: what to do (payload) and when (runAt), under a key that names it. */
export interface Job {
  key: string;
  payload: Record<string, string>;
  /** How many times it has been claimed. */
  attempts: number;
}

/**
 * Port: the durable scheduler several server nodes share. A job is handed to exactly one caller at a time:
 * claimDue leases it for `leaseMs`; a claimer that dies without complete() or fail() loses the lease and the
 * job is due again. Handlers must still be idempotent (a lease can outlive a slow handler).
 */
export interface JobQueue {
  /** Adds the job, or replaces the one with the same key (its run time, payload and any lease). */
  schedule(key: string, runAt: Date, payload: Record<string, string>): Promise<void>;
  /** Removes the job if it is there. */
  cancel(key: string): Promise<void>;
  /** Up to `limit` jobs due at `now`, oldest first, each leased to this caller alone. */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<Job[]>;
  /** Done: the job is removed. */
  complete(key: string): Promise<void>;
  /** Not done: the job runs again at `retryAt`. */
  fail(key: string, retryAt: Date): Promise<void>;
}
