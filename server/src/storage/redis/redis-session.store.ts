import type { AuthSession, SessionStore } from '../../auth/session.store.ts';
import { DuplicateKeyError } from '../store.ts';
import type { Keys } from './keys.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';
import { parseAuthSession, parseJson } from '../records.ts';

// Redis may evict a session only well after it expired: the port promises get() returns expired sessions,
// and the caller decides with its own clock, which can differ from Redis's.
const EVICTION_GRACE_MS = 24 * 60 * 60 * 1000;
const DELETE_BATCH = 500;

// The session and its place in the expiry index are written together. Returns 1 when stored, 0 when taken.
// KEYS: session, expiry index   ARGV: session JSON, evict-at (ms), expires-at (ms), id hash
const CREATE_SESSION = luaScript(`
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PXAT', ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1
`);

export class RedisSessionStore implements SessionStore {
  readonly #client: RedisClient;
  readonly #keys: Keys;

  constructor(client: RedisClient, keys: Keys) {
    this.#client = client;
    this.#keys = keys;
  }

  async create(session: AuthSession): Promise<void> {
    const expiresAtMs = instantMs(session.expiresAt);
    const stored = await runScript(
      this.#client,
      CREATE_SESSION,
      [this.#keys.session(session.idHash), this.#keys.sessionExpiry],
      [JSON.stringify(session), String(expiresAtMs + EVICTION_GRACE_MS), String(expiresAtMs), session.idHash],
    );
    if (stored !== 1) throw new DuplicateKeyError('sessions.idHash');
  }

  async get(idHash: string): Promise<AuthSession | undefined> {
    const json = await this.#client.get(this.#keys.session(idHash));
    return json === null ? undefined : parseAuthSession(parseJson(json));
  }

  async delete(idHash: string): Promise<void> {
    await this.#client
      .multi()
      .unlink(this.#keys.session(idHash))
      .zRem(this.#keys.sessionExpiry, idHash)
      .exec();
  }

  async deleteExpired(now: string): Promise<number> {
    const nowMs = instantMs(now);
    let removed = 0;
    for (;;) {
      const idHashes = await this.#client.zRange(this.#keys.sessionExpiry, '-inf', `(${String(nowMs)}`, {
        BY: 'SCORE',
        LIMIT: { offset: 0, count: DELETE_BATCH },
      });
      if (idHashes.length === 0) return removed;
      // Counting UNLINK's result rather than the batch keeps the total right when two nodes sweep at once,
      // and leaves out sessions Redis already evicted.
      const [unlinked]: unknown[] = await this.#client
        .multi()
        .unlink(idHashes.map((idHash) => this.#keys.session(idHash)))
        .zRem(this.#keys.sessionExpiry, idHashes)
        .exec();
      if (typeof unlinked !== 'number') throw new TypeError('unexpected UNLINK reply');
      removed += unlinked;
    }
  }
}

function instantMs(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError('session time is not an ISO instant');
  return ms;
}
