import { AuditEntry, type OrgId } from '@konsiili/shared';
import type { AuditStore } from '../../audit/audit.store.ts';
import { DuplicateKeyError } from '../store.ts';
import type { Keys } from './keys.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

// Each organisation's log is a sorted set whose members all score 0, so Redis orders them by their bytes
// (BYLEX): time-ordered ids make that newest-last, and `before` becomes an exclusive lex bound. The entry
// itself is a separate key. Returns 0 when the id exists: the log is append-only, nothing is overwritten.
// KEYS: entry, org log   ARGV: entry JSON, id
const APPEND = luaScript(`
if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then return 0 end
redis.call('ZADD', KEYS[2], 0, ARGV[2])
return 1
`);

export class RedisAuditStore implements AuditStore {
  readonly #client: RedisClient;
  readonly #keys: Keys;

  constructor(client: RedisClient, keys: Keys) {
    this.#client = client;
    this.#keys = keys;
  }

  async append(entry: AuditEntry): Promise<void> {
    const stored = await runScript(
      this.#client,
      APPEND,
      [this.#keys.audit(entry.id), this.#keys.orgAudit(entry.orgId)],
      [JSON.stringify(entry), entry.id],
    );
    if (stored !== 1) throw new DuplicateKeyError('audit.id');
  }

  async list(orgId: OrgId, query: { limit: number; before?: string }): Promise<AuditEntry[]> {
    // Redis reads a negative LIMIT count as "all"; a non-positive limit asks for nothing.
    const limit = Math.min(Math.floor(query.limit), Number.MAX_SAFE_INTEGER);
    if (!(limit > 0)) return [];
    // With REV the range is given high bound first.
    const ids = await this.#client.zRange(
      this.#keys.orgAudit(orgId),
      query.before === undefined ? '+' : `(${query.before}`,
      '-',
      { BY: 'LEX', REV: true, LIMIT: { offset: 0, count: limit } },
    );
    if (ids.length === 0) return [];
    const values = await this.#client.mGet(ids.map((id) => this.#keys.audit(id)));
    return values.map((json) => {
      if (json === null) throw new Error('audit log points at a missing entry');
      return AuditEntry.parse(parseJson(json));
    });
  }
}
