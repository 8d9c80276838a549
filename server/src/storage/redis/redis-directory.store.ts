import { ConsultTarget, Team, type OrgId, type TargetId, type TeamId } from '@konsiili/shared';
import type { DirectoryProfile, DirectoryStore } from '../../directory/directory.store.ts';
import { parseDirectoryProfile, parseJson } from '../records.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';

// A team or target and its place in the organisation's list are written together; a replaced one keeps
// its place. KEYS: hash of values, org order zset, counter   ARGV: id, JSON
const PUT_ORDERED = luaScript(`
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if redis.call('ZSCORE', KEYS[2], ARGV[1]) == false then
  redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
end
return 1
`);

/** Directory keys under the store's prefix: one hash per kind (id → JSON) and an order per organisation. */
export class RedisDirectoryStore implements DirectoryStore {
  readonly #client: RedisClient;
  readonly #prefix: string;

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#prefix = prefix;
  }

  async putProfile(profile: DirectoryProfile): Promise<void> {
    await this.#client.hSet(
      `${this.#prefix}dir-profiles:${profile.orgId}`,
      profile.userId,
      JSON.stringify(profile),
    );
  }

  async listProfiles(orgId: OrgId): Promise<DirectoryProfile[]> {
    const all = await this.#client.hGetAll(`${this.#prefix}dir-profiles:${orgId}`);
    return Object.keys(all)
      .sort()
      .map((userId) => parseDirectoryProfile(parseJson(all[userId] ?? '')));
  }

  putTeam(team: Team): Promise<void> {
    return this.#putOrdered('dir-team', team.orgId, team.id, JSON.stringify(team));
  }

  async getTeam(id: TeamId): Promise<Team | undefined> {
    const json = await this.#client.hGet(`${this.#prefix}dir-team`, id);
    return json === null ? undefined : Team.parse(parseJson(json));
  }

  async listTeams(orgId: OrgId): Promise<Team[]> {
    return (await this.#listOrdered('dir-team', orgId)).map((json) => Team.parse(parseJson(json)));
  }

  putTarget(target: ConsultTarget): Promise<void> {
    return this.#putOrdered('consult-target', target.orgId, target.id, JSON.stringify(target));
  }

  async getTarget(id: TargetId): Promise<ConsultTarget | undefined> {
    const json = await this.#client.hGet(`${this.#prefix}consult-target`, id);
    return json === null ? undefined : ConsultTarget.parse(parseJson(json));
  }

  async listTargets(orgId: OrgId): Promise<ConsultTarget[]> {
    return (await this.#listOrdered('consult-target', orgId)).map((json) =>
      ConsultTarget.parse(parseJson(json)),
    );
  }

  async #putOrdered(kind: string, orgId: string, id: string, json: string): Promise<void> {
    await runScript(
      this.#client,
      PUT_ORDERED,
      [`${this.#prefix}${kind}`, `${this.#prefix}${kind}-order:${orgId}`, `${this.#prefix}${kind}-seq`],
      [id, json],
    );
  }

  async #listOrdered(kind: string, orgId: string): Promise<string[]> {
    const ids = await this.#client.zRange(`${this.#prefix}${kind}-order:${orgId}`, 0, -1);
    if (ids.length === 0) return [];
    const values = await this.#client.hmGet(`${this.#prefix}${kind}`, ids);
    return values.filter((v): v is string => typeof v === 'string');
  }
}
