import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from 'redis';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface OwnRedis {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/**
 * A private redis-server that fsyncs every write to its append-only file, so a test can kill it
 * and start it again on the same directory.
 */
export async function startOwnRedis(dir: string, port: number): Promise<OwnRedis> {
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--save',
      '',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = createClient({ url, socket: { reconnectStrategy: false, connectTimeout: 500 } });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      await client.quit();
      return { url, child, exited };
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not start: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
