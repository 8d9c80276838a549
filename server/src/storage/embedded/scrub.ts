import type Database from 'better-sqlite3';

/**
 * Pushes erased text out of the raw files. With secure_delete on, a delete or a shorter rewrite zeroes
 * the freed bytes in the page, but the WAL still holds older copies of that page until it is reset;
 * a TRUNCATE checkpoint folds the WAL into the main file and cuts it to zero bytes. It waits for
 * readers (busy_timeout), so it belongs after rare erasures, never on the hot path.
 */
export function scrubWal(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
