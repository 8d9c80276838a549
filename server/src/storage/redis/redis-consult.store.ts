import { Consult, type ConsultId, type OrgId } from '@konsiili/shared';
import { SealedValue } from '../../consults/client-reference-cipher.ts';
import type { ConsultStore, StoredConsult } from '../../consults/consult.store.ts';
import { DuplicateKeyError } from '../store.ts';
import { parseJson } from '../records.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';

// A consult is a hash: version, json and (when identified) sealed, the ciphertext of the client reference.
// KEYS: consult, org order, counter   ARGV: id, JSON, sealed JSON or ''
const CREATE = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'version', 1, 'json', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'sealed', ARGV[3]) end
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[1])
return 1
`);

// Compare-and-set on the version. KEYS: consult   ARGV: expected version, JSON
const SAVE = luaScript(`
local stored = redis.call('HGET', KEYS[1], 'version')
if stored == false or tonumber(stored) ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'version', tonumber(ARGV[1]) + 1, 'json', ARGV[2])
return 1
`);

export class RedisConsultStore implements ConsultStore {
  readonly #client: RedisClient;
  readonly #prefix: string;

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#prefix = prefix;
  }

  #key(id: string): string {
    return `${this.#prefix}consult:${id}`;
  }

  async create(consult: Consult, sealedReference?: SealedValue): Promise<void> {
    const stored = await runScript(
      this.#client,
      CREATE,
      [this.#key(consult.id), `${this.#prefix}org-consults:${consult.orgId}`, `${this.#prefix}consult-seq`],
      [consult.id, JSON.stringify(consult), sealedReference ? JSON.stringify(sealedReference) : ''],
    );
    if (stored !== 1) throw new DuplicateKeyError('consults.id');
  }

  async get(id: ConsultId): Promise<StoredConsult | undefined> {
    const [version, json, sealed] = await this.#client.hmGet(this.#key(id), ['version', 'json', 'sealed']);
    if (typeof version !== 'string' || typeof json !== 'string') return undefined;
    return {
      consult: Consult.parse(parseJson(json)),
      version: Number(version),
      ...(typeof sealed === 'string' ? { sealedReference: SealedValue.parse(parseJson(sealed)) } : {}),
    };
  }

  async save(consult: Consult, expectedVersion: number): Promise<boolean> {
    const saved = await runScript(
      this.#client,
      SAVE,
      [this.#key(consult.id)],
      [String(expectedVersion), JSON.stringify(consult)],
    );
    return saved === 1;
  }

  async listByOrg(orgId: OrgId): Promise<Consult[]> {
    const ids = await this.#client.zRange(`${this.#prefix}org-consults:${orgId}`, 0, -1);
    if (ids.length === 0) return [];
    const multi = this.#client.multi();
    for (const id of ids) multi.hGet(this.#key(id), 'json');
    const replies = await multi.execAsPipeline();
    return replies.flatMap((reply: unknown) =>
      typeof reply === 'string' ? [Consult.parse(parseJson(reply))] : [],
    );
  }
}
