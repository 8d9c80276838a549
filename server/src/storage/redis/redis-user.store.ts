import type { OrgId, UserId } from '@konsiili/shared';
import type { UserRecord, UserStore } from '../../auth/user.store.ts';
import { DuplicateKeyError } from '../store.ts';
import type { Keys } from './keys.ts';
import { luaScript, runScript, stringOrNull, type RedisClient } from './redis-client.ts';
import { parseJson, parseUserRecord, usernameKey } from '../records.ts';

// Id and username are claimed in one step, so two nodes creating the same username at once cannot both
// succeed. Returns the taken key's name, or nil when the user was stored.
// KEYS: user, org-users list, [username]   ARGV: user JSON, user id
const CREATE_USER = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 'users.id' end
if KEYS[3] and redis.call('EXISTS', KEYS[3]) == 1 then return 'users.username' end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('RPUSH', KEYS[2], ARGV[2])
if KEYS[3] then redis.call('SET', KEYS[3], ARGV[2]) end
return false
`);

export class RedisUserStore implements UserStore {
  readonly #client: RedisClient;
  readonly #keys: Keys;

  constructor(client: RedisClient, keys: Keys) {
    this.#client = client;
    this.#keys = keys;
  }

  async create(user: UserRecord): Promise<void> {
    const keys = [this.#keys.user(user.id), this.#keys.orgUsers(user.orgId)];
    if (user.username !== undefined) keys.push(this.#keys.username(usernameKey(user.username)));
    const taken = stringOrNull(
      await runScript(this.#client, CREATE_USER, keys, [JSON.stringify(user), user.id]),
    );
    if (taken !== null) throw new DuplicateKeyError(taken);
  }

  async findById(id: UserId): Promise<UserRecord | undefined> {
    const json = await this.#client.get(this.#keys.user(id));
    return json === null ? undefined : parseUserRecord(parseJson(json));
  }

  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const id = await this.#client.get(this.#keys.username(usernameKey(username)));
    if (id === null) return undefined;
    const json = await this.#client.get(this.#keys.user(id));
    if (json === null) throw new Error('username index points at a missing user');
    return parseUserRecord(parseJson(json));
  }

  async listByOrg(orgId: OrgId): Promise<UserRecord[]> {
    const ids = await this.#client.lRange(this.#keys.orgUsers(orgId), 0, -1);
    if (ids.length === 0) return [];
    const values = await this.#client.mGet(ids.map((id) => this.#keys.user(id)));
    return values.map((json) => {
      if (json === null) throw new Error('organisation index points at a missing user');
      return parseUserRecord(parseJson(json));
    });
  }
}
