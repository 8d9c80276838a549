import { z } from 'zod';
import type { Job, JobQueue } from '../../platform/jobs.ts';
import { parseJson } from '../records.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';

const Payload = z.record(z.string(), z.string());

// The due zset scores keys by run time; the hash holds payload and attempts. A claim moves each due key's
// score to the lease's end inside one script, so of several nodes asking at once each job goes to one.
// KEYS: due zset, jobs hash   ARGV: now ms, lease end ms, limit
const CLAIM = luaScript(`
local keys = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, key in ipairs(keys) do
  redis.call('ZADD', KEYS[1], ARGV[2], key)
  local attempts = redis.call('HINCRBY', KEYS[2], key .. ':attempts', 1)
  table.insert(out, key)
  table.insert(out, redis.call('HGET', KEYS[2], key .. ':payload') or '{}')
  table.insert(out, tostring(attempts))
end
return out
`);

// KEYS: due zset, jobs hash   ARGV: key, run at ms, payload JSON
const SCHEDULE = luaScript(`
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1] .. ':payload', ARGV[3], ARGV[1] .. ':attempts', 0)
return 1
`);

// KEYS: due zset, jobs hash   ARGV: key
const REMOVE = luaScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1] .. ':payload', ARGV[1] .. ':attempts')
return 1
`);

// Only a job that still exists is moved. KEYS: due zset   ARGV: key, run at ms
const RETRY = luaScript(`
return redis.call('ZADD', KEYS[1], 'XX', ARGV[2], ARGV[1])
`);

export class RedisJobQueue implements JobQueue {
  readonly #client: RedisClient;
  readonly #keys: [string, string];

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#keys = [`${prefix}jobs-due`, `${prefix}jobs`];
  }

  async schedule(key: string, runAt: Date, payload: Record<string, string>): Promise<void> {
    await runScript(this.#client, SCHEDULE, this.#keys, [
      key,
      String(runAt.getTime()),
      JSON.stringify(payload),
    ]);
  }

  async cancel(key: string): Promise<void> {
    await runScript(this.#client, REMOVE, this.#keys, [key]);
  }

  async claimDue(now: Date, limit: number, leaseMs: number): Promise<Job[]> {
    const reply = await runScript(this.#client, CLAIM, this.#keys, [
      String(now.getTime()),
      String(now.getTime() + leaseMs),
      String(limit),
    ]);
    if (!Array.isArray(reply)) throw new TypeError('unexpected claim reply');
    const jobs: Job[] = [];
    for (let i = 0; i + 2 < reply.length; i += 3) {
      jobs.push({
        key: String(reply[i]),
        payload: Payload.parse(parseJson(String(reply[i + 1]))),
        attempts: Number(reply[i + 2]),
      });
    }
    return jobs;
  }

  complete(key: string): Promise<void> {
    return this.cancel(key);
  }

  async fail(key: string, retryAt: Date): Promise<void> {
    await runScript(this.#client, RETRY, [this.#keys[0]], [key, String(retryAt.getTime())]);
  }
}
