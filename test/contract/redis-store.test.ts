import { randomUUID } from 'node:crypto';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisStore } from '../../server/src/storage/redis/redis.store.ts';
import { aSession } from './fixtures.ts';
import { registerStoreContract } from './store.contract.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

// The admin connection cleans up after each test and inspects TTLs. It connects in beforeAll and, like the
// store, gives up at once: without Redis this file must fail, never skip.
const admin = createClient({ url: REDIS_URL, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
admin.on('error', () => undefined);

beforeAll(async () => {
  try {
    await admin.connect();
  } catch (error) {
    // The host only: a URL may carry a password.
    const host = new URL(REDIS_URL).host;
    throw new Error(`Redis is required for this suite and is unreachable at ${host}`, { cause: error });
  }
});

afterAll(async () => {
  if (admin.isOpen) await admin.close();
});

function uniquePrefix(): string {
  return `konsiili-test:${randomUUID()}:`;
}

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...batch);
  return keys;
}

async function deletePrefix(prefix: string): Promise<void> {
  const keys = await keysUnder(prefix);
  if (keys.length > 0) await admin.unlink(keys);
}

registerStoreContract('redis', async () => {
  const keyPrefix = uniquePrefix();
  const store = await openRedisStore({ url: REDIS_URL, keyPrefix });
  return { store, cleanup: () => deletePrefix(keyPrefix) };
});

describe('Redis store', () => {
  it('fails fast and names the host when Redis is unreachable', async () => {
    const started = Date.now();
    await expect(
      openRedisStore({ url: 'redis://user:secret-password@127.0.0.1:1', keyPrefix: uniquePrefix() }),
    ).rejects.toThrow(/^Redis unreachable at 127\.0\.0\.1:1: /);
    await expect(
      openRedisStore({ url: 'redis://user:secret-password@127.0.0.1:1', keyPrefix: uniquePrefix() }),
    ).rejects.not.toThrow(/secret-password/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses an empty key prefix', async () => {
    await expect(openRedisStore({ url: REDIS_URL, keyPrefix: '' })).rejects.toThrow(/key prefix/);
  });

  it('keeps every key under its prefix', async () => {
    const keyPrefix = uniquePrefix();
    const store = await openRedisStore({ url: REDIS_URL, keyPrefix });
    try {
      await store.sessions.create(aSession());
      expect((await keysUnder(keyPrefix)).length).toBeGreaterThan(0);
    } finally {
      await store.close();
      await deletePrefix(keyPrefix);
    }
    expect(await keysUnder(keyPrefix)).toEqual([]);
  });

  it('[L4] makes two nodes count against one budget', async () => {
    const keyPrefix = uniquePrefix();
    const [nodeA, nodeB] = await Promise.all([
      openRedisStore({ url: REDIS_URL, keyPrefix }),
      openRedisStore({ url: REDIS_URL, keyPrefix }),
    ]);
    try {
      const options = { name: 'login', points: 4, durationS: 60 };
      const onA = nodeA.rateLimiters(options);
      const onB = nodeB.rateLimiters(options);
      await onA.consume('guesser');
      await onB.consume('guesser');
      await onA.consume('guesser');
      await onB.consume('guesser');
      await expect(onA.consume('guesser')).rejects.toBeInstanceOf(RateLimiterRes);
      await expect(onB.consume('guesser')).rejects.toBeInstanceOf(RateLimiterRes);
    } finally {
      await Promise.all([nodeA.close(), nodeB.close()]);
      await deletePrefix(keyPrefix);
    }
  });

  it('lets Redis evict a session only a day after it expires', async () => {
    const keyPrefix = uniquePrefix();
    const store = await openRedisStore({ url: REDIS_URL, keyPrefix });
    try {
      const session = aSession({ expiresAt: '2099-01-02T00:00:00.000Z' });
      await store.sessions.create(session);
      const expireTimes = await Promise.all(
        (await keysUnder(keyPrefix)).map((key) => admin.pExpireTime(key)),
      );
      // Only the session key expires; the expiry index and the rest live on.
      expect(expireTimes.filter((time) => time > 0)).toEqual([
        Date.parse(session.expiresAt) + 24 * 60 * 60 * 1000,
      ]);
    } finally {
      await store.close();
      await deletePrefix(keyPrefix);
    }
  });
});
