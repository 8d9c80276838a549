import Database from 'better-sqlite3';
import { DuplicateKeyError } from '../store.ts';

/**
 * Turns SQLite's unique-constraint failure into the port's DuplicateKeyError. `keys` maps the column that
 * SQLite names ("users.username_key") to the port's key name ("users.username"). SQLite's message names
 * the column, never the value, so nothing personal is carried over. Anything else is returned unchanged.
 */
export function asDuplicateKeyError(error: unknown, keys: Readonly<Record<string, string>>): unknown {
  if (
    error instanceof Database.SqliteError &&
    (error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
  ) {
    const column = error.message.replace(/^UNIQUE constraint failed: /, '');
    const key = keys[column];
    if (key !== undefined) return new DuplicateKeyError(key);
  }
  return error;
}
