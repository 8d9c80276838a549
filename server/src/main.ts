import { randomBytes } from 'node:crypto';
import { createApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { connectMediaGateway } from './media/socket-media.gateway.ts';
import { spawnMedia } from './media/spawn-media.ts';
import { deferredMedia } from './media/deferred-media.gateway.ts';
import { findWorkerBin } from './media/worker-bin.ts';
import { systemClock } from './platform/clock.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { loadOrCreateSecret } from './platform/secret.ts';
import { DEMO_USERS, seedDemo } from './seed/demo-seed.ts';
import { openStore } from './storage/open-store.ts';

/**
 * Video: the media service at MEDIA_URL; else an embedded one forked from this process when a worker binary
 * is found; else none (the app runs, /readyz says media degraded, media:join answers UNAVAILABLE).
 */
async function startMedia(config: Config, logger: Logger) {
  if (config.mediaUrl && config.mediaSecret) {
    const gateway = await connectMediaGateway({ url: config.mediaUrl, secret: config.mediaSecret, logger });
    return { gateway, secret: config.mediaSecret, stop: () => Promise.resolve() };
  }
  const workerBin = findWorkerBin({ MEDIASOUP_WORKER_BIN: config.mediasoupWorkerBin });
  if (!workerBin) {
    logger.warn({ code: 'NO_WORKER' }, 'no mediasoup worker binary: video is unavailable');
    return undefined;
  }
  // The server listens at once; video comes up when the forked process reports in (until then, and if it
  // never does, /readyz says MEDIA_DOWN).
  const secret = randomBytes(32).toString('base64url');
  const spawning = spawnMedia({ workerBin, secret });
  const connected = spawning.then((spawned) =>
    connectMediaGateway({ url: spawned.url, secret: spawned.secret, logger }),
  );
  connected.then(
    () => logger.info('embedded media service started'),
    (error: unknown) =>
      logger.error({ err: error, code: 'MEDIA_DOWN' }, 'embedded media service failed to start'),
  );
  return {
    gateway: deferredMedia(connected),
    secret,
    // A child still starting ends by itself when this process goes (its IPC channel closes).
    stop: () =>
      Promise.race([
        spawning.then((spawned) => spawned.stop()).catch(() => undefined),
        new Promise<void>((resolve) => setTimeout(resolve, 2000).unref()),
      ]),
  };
}

// Composition root: config → adapters → services → transports → listen.
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, pretty: config.logPretty });
  const store = await openStore(config);
  const secret = config.sessionSecret ?? loadOrCreateSecret(config.dataDir);

  if (config.seedDemo) {
    const seeded = await seedDemo(store, { password: config.demoPassword, now: systemClock.now() });
    logger.info({ seeded }, 'demo organisation ready');
  }

  const media = await startMedia(config, logger);
  const app = createApp({
    store,
    logger,
    clock: systemClock,
    secret,
    sessionTtlHours: config.sessionTtlHours,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
    clientDist: config.clientDist,
    redisAdapterUrl: config.socketAdapter === 'redis' ? config.redisUrl : undefined,
    collectDefaultMetrics: true,
    chatMessagesPer10s: config.chatMessagesPer10s,
    socketCommandsPerSecond: config.socketCommandsPerSecond,
    retentionCheckMs: config.retentionCheckMinutes * 60_000,
    media: media && { gateway: media.gateway, secret: media.secret },
  });
  const port = await app.listen(config.port, config.host);
  const url = config.publicUrl ?? `http://${config.host === '127.0.0.1' ? 'localhost' : config.host}:${port}`;
  logger.info({ port, store: store.kind, adapter: config.socketAdapter }, 'listening');

  if (config.seedDemo) {
    const lines = DEMO_USERS.map((u) => `    ${u.username.padEnd(12)} ${u.roles.join(', ')}`);
    process.stdout.write(
      `\nKonsiili is running at ${url}\n  Demo accounts (password: ${config.demoPassword}):\n${lines.join('\n')}\n\n`,
    );
  }

  let isStopping = false;
  const stop = (signal: string): void => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      logger.error('shutdown took too long, exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app
      .close()
      .then(() => media?.stop())
      .then(() => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Konsiili failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
