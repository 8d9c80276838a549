import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../support/process.ts';
import { expectWritesSurvived, PASSWORD, writeAndAcknowledge } from './durability.ts';

describe('SQLite durability', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'konsiili-durable-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[D1] an acknowledged write survives kill -9 of the server', async () => {
    const env = { DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD, CLIENT_DIST: '/nonexistent' };
    const first = await spawnServer(env);
    await writeAndAcknowledge(first);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await spawnServer(env);
    try {
      await expectWritesSurvived(second);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
