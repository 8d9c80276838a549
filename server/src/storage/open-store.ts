import path from 'node:path';
import type { Config } from '../config.ts';
import { openSqliteStore } from './embedded/sqlite.store.ts';
import type { Store } from './store.ts';

/** Picks the adapter the configuration asks for. */
export async function openStore(
  config: Pick<Config, 'store' | 'dataDir' | 'redisUrl' | 'redisKeyPrefix' | 'sqliteSynchronous'>,
): Promise<Store> {
  if (config.store === 'redis') {
    if (!config.redisUrl) throw new Error('REDIS_URL is required for the redis store');
    // Loaded only here: the redis client slows every string operation in the process (see
    // transport/redis-adapter.ts), a price the embedded default should not pay.
    const { openRedisStore } = await import('./redis/redis.store.ts');
    return openRedisStore({ url: config.redisUrl, keyPrefix: config.redisKeyPrefix });
  }
  return openSqliteStore({
    file: path.join(config.dataDir, 'konsiili.sqlite'),
    synchronous: config.sqliteSynchronous,
  });
}
