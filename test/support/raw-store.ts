import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { REDIS_URL, type TestServer } from './server.ts';

/** Every string value under the server's keys, or every text column of the SQLite file. */
export async function rawStoreText(server: TestServer, kind: 'sqlite' | 'redis'): Promise<string> {
  if (kind === 'sqlite') {
    const db = new Database(server.dataFile, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      return tables.map(({ name }) => JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all())).join('\n');
    } finally {
      db.close();
    }
  }
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  try {
    const parts: string[] = [];
    for await (const keys of client.scanIterator({ MATCH: `${server.keyPrefix}*`, COUNT: 500 })) {
      for (const key of keys) {
        const type = await client.type(key);
        if (type === 'string') parts.push((await client.get(key)) ?? '');
        else if (type === 'hash') parts.push(JSON.stringify(await client.hGetAll(key)));
        else if (type === 'zset') parts.push(JSON.stringify(await client.zRange(key, 0, -1)));
        else if (type === 'list') parts.push(JSON.stringify(await client.lRange(key, 0, -1)));
        else if (type === 'set') parts.push(JSON.stringify(await client.sMembers(key)));
      }
    }
    return parts.join('\n');
  } finally {
    await client.quit();
  }
}

/**
 * The SQLite main file and its WAL byte for byte (as latin1, so ASCII markers are found wherever they
 * lie, free pages included): what someone holding the disk could read.
 */
export function rawSqliteBytes(server: TestServer): string {
  return [server.dataFile, `${server.dataFile}-wal`]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n');
}
