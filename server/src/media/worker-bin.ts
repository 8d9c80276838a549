import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where the image's build step leaves the worker: one directory per build, newest wins. */
export const DEFAULT_WORKER_CACHE = '/var/cache/konsiili/mediasoup-worker';

/**
 * The mediasoup worker binary: MEDIASOUP_WORKER_BIN when it names an existing file, else the newest
 * `<cache>/<build>/mediasoup-worker`. Undefined when there is none (video then reports NO_WORKER).
 * The server, the test support and the benchmark all find it here.
 */
export function findWorkerBin(
  env: Record<string, string | undefined> = process.env,
  cacheDir = DEFAULT_WORKER_CACHE,
): string | undefined {
  const configured = env.MEDIASOUP_WORKER_BIN;
  if (configured) return existsSync(configured) ? path.resolve(configured) : undefined;
  if (!existsSync(cacheDir)) return undefined;
  const candidates = readdirSync(cacheDir)
    .map((dir) => path.join(cacheDir, dir, 'mediasoup-worker'))
    .filter((file) => existsSync(file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}
