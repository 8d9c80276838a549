import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/process.ts';
import { freePort, startOwnRedis } from '../support/redis-server.ts';
import { expectWritesSurvived, PASSWORD, writeAndAcknowledge } from './durability.ts';

describe('Redis durability', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'konsiili-redis-durable-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('[D2] an acknowledged write survives kill -9 of the server and of redis-server (appendonly)', async () => {
    const port = await freePort();
    const redis = await startOwnRedis(dir, port);
    const env = {
      STORE: 'redis',
      SOCKET_ADAPTER: 'redis',
      REDIS_URL: redis.url,
      DATA_DIR: dir,
      DEMO_PASSWORD: PASSWORD,
      CLIENT_DIST: '/nonexistent',
    };
    const first = await spawnServer(env);
    await writeAndAcknowledge(first);
    first.child.kill('SIGKILL');
    redis.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await redis.exited;

    const restarted = await startOwnRedis(dir, port);
    const second = await spawnServer(env);
    try {
      await expectWritesSurvived(second);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
      restarted.child.kill('SIGTERM');
      await restarted.exited;
    }
  });
});
