import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A path, not an import: server and media never import each other; the embedded mode only starts it.
const MEDIA_MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../media/src/main.ts');

export interface SpawnedMedia {
  url: string;
  secret: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Embedded mode: forks the media process (through tsx) with a generated secret on a free loopback port and
 * waits for it to report the port over IPC. `env` adds or overrides its settings (MEDIA_WORKERS, ...).
 */
export function spawnMedia(options: {
  workerBin: string;
  env?: Record<string, string>;
  /** Generated when not given. */
  secret?: string;
  startTimeoutMs?: number;
}): Promise<SpawnedMedia> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const child = fork(MEDIA_MAIN, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      MEDIA_PORT: '0',
      MEDIA_HOST: '127.0.0.1',
      MEDIA_LOG_LEVEL: process.env.MEDIA_LOG_LEVEL ?? 'warn',
      ...options.env,
      MEDIA_SECRET: secret,
      MEDIASOUP_WORKER_BIN: options.workerBin,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error('media process did not start in time'));
    }, options.startTimeoutMs ?? 20_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`media process exited during start (code ${String(code)})`));
    });
    child.on('message', (message: unknown) => {
      const m = message as { type?: unknown; port?: unknown };
      if (m.type !== 'listening' || typeof m.port !== 'number') return;
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${m.port}`, secret, child, stop });
    });
  });
}
