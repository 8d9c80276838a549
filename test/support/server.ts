import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { createClient } from 'redis';
import { createApp, type App } from '../../server/src/app.ts';
import type { Clock } from '../../server/src/platform/clock.ts';
import { systemClock } from '../../server/src/platform/clock.ts';
import { seedDemo } from '../../server/src/seed/demo-seed.ts';
import { openSqliteStore } from '../../server/src/storage/embedded/sqlite.store.ts';
import { openRedisStore } from '../../server/src/storage/redis/redis.store.ts';
import type { Store } from '../../server/src/storage/store.ts';
import type { MediaGateway } from '../../server/src/media/media.gateway.ts';
import { connectMediaGateway } from '../../server/src/media/socket-media.gateway.ts';
import { startTestMedia, type TestMedia, type TestMediaOptions } from './media.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_PASSWORD = 'test-demo-password';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Removes every key a test wrote under its prefix in the shared Redis. */
export async function deleteRedisPrefix(prefix: string): Promise<void> {
  const client = createClient({ url: REDIS_URL });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) {
      if (keys.length > 0) await client.unlink(keys);
    }
  } finally {
    await client.quit();
  }
}

export interface TestServer {
  url: string;
  /** The SQLite file, or the Redis key prefix, behind this server: for tests that read the raw store. */
  dataFile: string;
  keyPrefix: string;
  demoPassword: string;
  app: App;
  store: Store;
  /** The media process behind this server, when started with `media`. */
  media: TestMedia | undefined;
  close(): Promise<void>;
}

export interface TestServerOptions {
  seedDemo?: boolean;
  storeKind?: 'sqlite' | 'redis';
  /** Redis key prefix; give two servers the same one to share a store. */
  storePrefix?: string;
  /** Share rooms across several test servers through Redis pub/sub. */
  redisAdapter?: boolean;
  clock?: Clock;
  /** Per-user chat and per-socket command limits; tests that replay a corpus raise them. */
  chatMessagesPer10s?: number;
  socketCommandsPerSecond?: number;
  /** Lines the server logs, for tests that prove what never reaches a log. */
  logSink?: string[];
  /**
   * Video: `true` starts a media process for this server (stopped with it; needs a worker binary, see
   * testWorkerBin), a TestMedia connects to one the test owns (several servers may share it). Unset: no video.
   */
  media?: true | TestMediaOptions | TestMedia;
  /** /metrics behind a bearer token and/or on its own port (see App.metricsPort()). */
  metricsToken?: string;
  metricsPort?: number;
  serveSourceMaps?: boolean;
}

/** A real server on a free loopback port with its own SQLite file (or Redis key prefix). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'konsiili-test-'));
  const prefix = options.storePrefix ?? `konsiili-test:${path.basename(dir)}:`;
  const store =
    options.storeKind === 'redis'
      ? await openRedisStore({ url: REDIS_URL, keyPrefix: prefix })
      : openSqliteStore({ file: path.join(dir, 'konsiili.sqlite') });
  const clock = options.clock ?? systemClock;
  if (options.seedDemo ?? true) await seedDemo(store, { password: DEMO_PASSWORD, now: clock.now() });
  const sink = options.logSink;
  const logger = sink
    ? pino({ level: 'debug' }, { write: (line: string) => void sink.push(line) })
    : pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let ownMedia: TestMedia | undefined;
  let media: TestMedia | undefined;
  const wanted = options.media === true ? {} : options.media;
  if (wanted && 'link' in wanted) media = wanted;
  else if (wanted) {
    ownMedia = await startTestMedia(wanted);
    media = ownMedia;
  }
  const gateway = media
    ? await connectMediaGateway({ url: media.url, secret: media.secret, logger })
    : undefined;
  if (gateway) await waitForMediaLink(gateway);
  const app = createApp({
    store,
    logger,
    clock,
    secret: 'test-secret-test-secret-test-secret',
    sessionTtlHours: 1,
    cookieSecure: false,
    clientDist: path.join(REPO_ROOT, 'client/dist'),
    redisAdapterUrl: options.redisAdapter ? REDIS_URL : undefined,
    chatMessagesPer10s: options.chatMessagesPer10s,
    socketCommandsPerSecond: options.socketCommandsPerSecond,
    media: gateway && media ? { gateway, secret: media.secret } : undefined,
    metricsToken: options.metricsToken,
    metricsPort: options.metricsPort,
    serveSourceMaps: options.serveSourceMaps,
  });
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    dataFile: path.join(dir, 'konsiili.sqlite'),
    keyPrefix: prefix,
    demoPassword: DEMO_PASSWORD,
    app,
    store,
    media,
    async close() {
      await app.close();
      await ownMedia?.stop();
      rmSync(dir, { recursive: true, force: true });
      if (options.storeKind === 'redis') await deleteRedisPrefix(prefix);
    },
  };
}

async function waitForMediaLink(gateway: MediaGateway): Promise<void> {
  for (let i = 0; i < 200 && gateway.health().state !== 'ready'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (gateway.health().state !== 'ready') throw new Error('the media link did not come up');
}
