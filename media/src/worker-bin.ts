import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const DEFAULT_WORKER_CACHE = '/var/cache/konsiili/mediasoup-worker';

/**
 * The same lookup as the server's (server/src/media/worker-bin.ts; the two processes may not import each
 * other): MEDIASOUP_WORKER_BIN, else the newest build in the image's cache. mediasoup reads the variable when
 * it is first imported, so main.ts sets it before loading the pool.
 */
export function findWorkerBin(env: Record<string, string | undefined>): string | undefined {
  if (env.MEDIASOUP_WORKER_BIN) return env.MEDIASOUP_WORKER_BIN;
  if (!existsSync(DEFAULT_WORKER_CACHE)) return undefined;
  return readdirSync(DEFAULT_WORKER_CACHE)
    .map((dir) => path.join(DEFAULT_WORKER_CACHE, dir, 'mediasoup-worker'))
    .filter((file) => existsSync(file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}
