import type Database from 'better-sqlite3';
import type { OrgId, UserId } from '@konsiili/shared';
import type { UserRecord, UserStore } from '../../auth/user.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { parseJson, parseUserRecord, usernameKey } from '../records.ts';
import { settle } from './settle.ts';

interface UserRow {
  id: string;
  org_id: string;
  username: string | null;
  password_hash: string | null;
  display_name: string;
  profession: string;
  services_json: string;
  roles_json: string;
  created_at: string;
}

const COLUMNS =
  'id, org_id, username, password_hash, display_name, profession, services_json, roles_json, created_at';

export class SqliteUserStore implements UserStore {
  readonly #insert: Database.Statement<[UserRow & { username_key: string | null }]>;
  readonly #byId: Database.Statement<[string], UserRow>;
  readonly #byUsername: Database.Statement<[string], UserRow>;
  readonly #byOrg: Database.Statement<[string], UserRow>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      `INSERT INTO users (${COLUMNS}, username_key)
       VALUES (@id, @org_id, @username, @password_hash, @display_name, @profession, @services_json,
               @roles_json, @created_at, @username_key)`,
    );
    this.#byId = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`);
    this.#byUsername = db.prepare(`SELECT ${COLUMNS} FROM users WHERE username_key = ?`);
    this.#byOrg = db.prepare(`SELECT ${COLUMNS} FROM users WHERE org_id = ? ORDER BY seq`);
  }

  create(user: UserRecord): Promise<void> {
    return settle(() => {
      try {
        this.#insert.run({
          id: user.id,
          org_id: user.orgId,
          username: user.username ?? null,
          username_key: user.username === undefined ? null : usernameKey(user.username),
          password_hash: user.passwordHash ?? null,
          display_name: user.displayName,
          profession: user.profession,
          services_json: JSON.stringify(user.services),
          roles_json: JSON.stringify(user.roles),
          created_at: user.createdAt,
        });
      } catch (error) {
        throw asDuplicateKeyError(error, { 'users.id': 'users.id', 'users.username_key': 'users.username' });
      }
    });
  }

  findById(id: UserId): Promise<UserRecord | undefined> {
    return settle(() => toUser(this.#byId.get(id)));
  }

  findByUsername(username: string): Promise<UserRecord | undefined> {
    return settle(() => toUser(this.#byUsername.get(usernameKey(username))));
  }

  listByOrg(orgId: OrgId): Promise<UserRecord[]> {
    return settle(() => this.#byOrg.all(orgId).map((row) => parseUser(row)));
  }
}

function toUser(row: UserRow | undefined): UserRecord | undefined {
  return row === undefined ? undefined : parseUser(row);
}

function parseUser(row: UserRow): UserRecord {
  return parseUserRecord({
    id: row.id,
    orgId: row.org_id,
    displayName: row.display_name,
    profession: row.profession,
    services: parseJson(row.services_json),
    roles: parseJson(row.roles_json),
    createdAt: row.created_at,
    ...(row.username !== null && { username: row.username }),
    ...(row.password_hash !== null && { passwordHash: row.password_hash }),
  });
}
