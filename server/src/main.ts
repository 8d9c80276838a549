import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { systemClock } from './platform/clock.ts';
import { createLogger } from './platform/logger.ts';
import { loadOrCreateSecret } from './platform/secret.ts';
import { DEMO_USERS, seedDemo } from './seed/demo-seed.ts';
import { openStore } from './storage/open-store.ts';

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
    consultKeys: config.consultKeys,
    consultJobsCheckMs: config.consultJobsCheckSeconds * 1000,
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
