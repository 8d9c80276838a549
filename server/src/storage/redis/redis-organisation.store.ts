import { Organisation, type OrgId, type ServiceCatalogue } from '@konsiili/shared';
import type { OrganisationStore } from '../../orgs/organisation.store.ts';
import { DuplicateKeyError } from '../store.ts';
import type { Keys } from './keys.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

// An organisation is a hash (name, services JSON) so updateServices can replace one field without a
// read-modify-write race. Returns 1 when stored, 0 when the id is taken.
// KEYS: org, orgs list   ARGV: id, name, services JSON
const CREATE_ORG = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'name', ARGV[2], 'services', ARGV[3])
redis.call('RPUSH', KEYS[2], ARGV[1])
return 1
`);

// KEYS: org   ARGV: services JSON
const UPDATE_SERVICES = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'services', ARGV[1])
return 1
`);

export class RedisOrganisationStore implements OrganisationStore {
  readonly #client: RedisClient;
  readonly #keys: Keys;

  constructor(client: RedisClient, keys: Keys) {
    this.#client = client;
    this.#keys = keys;
  }

  async create(org: Organisation): Promise<void> {
    const stored = await runScript(
      this.#client,
      CREATE_ORG,
      [this.#keys.org(org.id), this.#keys.orgs],
      [org.id, org.name, JSON.stringify(org.services)],
    );
    if (stored !== 1) throw new DuplicateKeyError('organisations.id');
  }

  async get(id: OrgId): Promise<Organisation | undefined> {
    const [name, services] = await this.#client.hmGet(this.#keys.org(id), ['name', 'services']);
    if (name === null || name === undefined) return undefined;
    return parseOrganisation(id, name, services);
  }

  async list(): Promise<Organisation[]> {
    const ids = await this.#client.lRange(this.#keys.orgs, 0, -1);
    const multi = this.#client.multi();
    for (const id of ids) multi.hmGet(this.#keys.org(id), ['name', 'services']);
    const replies = ids.length === 0 ? [] : await multi.execAsPipeline();
    return ids.map((id, index) => {
      const fields = replies[index];
      if (!Array.isArray(fields)) throw new TypeError('unexpected HMGET reply');
      const [name, services]: unknown[] = fields;
      if (typeof name !== 'string') throw new Error('organisation list points at a missing organisation');
      return parseOrganisation(id, name, services);
    });
  }

  async updateServices(id: OrgId, services: ServiceCatalogue): Promise<boolean> {
    const updated = await runScript(
      this.#client,
      UPDATE_SERVICES,
      [this.#keys.org(id)],
      [JSON.stringify(services)],
    );
    return updated === 1;
  }
}

function parseOrganisation(id: string, name: string, services: unknown): Organisation {
  if (typeof services !== 'string') throw new Error('organisation has no services field');
  return Organisation.parse({ id, name, services: parseJson(services) });
}
