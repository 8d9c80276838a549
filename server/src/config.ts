import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable the server reads. The README's configuration table mirrors this. */
const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  REDIS_URL: z.url().optional(),
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('konsiili:'),
  STORE: z.enum(['sqlite', 'redis']).optional(),
  SOCKET_ADAPTER: z.enum(['memory', 'redis']).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: bool.default(false),
  SEED_DEMO: bool.optional(),
  DEMO_PASSWORD: z.string().min(4).default('konsiili-demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
  CLIENT_DIST: z.string().min(1).default('./client/dist'),
  RETENTION_CHECK_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  CHAT_MESSAGES_PER_10S: z.coerce.number().int().min(1).max(100_000).default(10),
  SOCKET_COMMANDS_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(30),
  MEDIA_URL: z.url().optional(),
  MEDIA_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  MEDIASOUP_WORKER_BIN: z.string().min(1).optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  store: 'sqlite' | 'redis';
  socketAdapter: 'memory' | 'redis';
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  sessionSecret: string | undefined;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  seedDemo: boolean;
  demoPassword: string;
  logLevel: string;
  logPretty: boolean;
  shutdownTimeoutMs: number;
  clientDist: string;
  sqliteSynchronous: 'normal' | 'full';
  retentionCheckMinutes: number;
  chatMessagesPer10s: number;
  socketCommandsPerSecond: number;
  /** External media service; unset: the server forks one itself when a worker binary is found. */
  mediaUrl: string | undefined;
  mediaSecret: string | undefined;
  mediasoupWorkerBin: string | undefined;
}

function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const wantsRedis = env.STORE === 'redis' || env.SOCKET_ADAPTER === 'redis';
  if (wantsRedis && !env.REDIS_URL)
    problems.push('REDIS_URL: is required when STORE or SOCKET_ADAPTER is redis');
  if (env.MEDIA_URL && !env.MEDIA_SECRET) problems.push('MEDIA_SECRET: is required when MEDIA_URL is set');
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET)
    problems.push('SESSION_SECRET: is required in production');
  return problems;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Parses the environment once at start. Throws ConfigError listing every bad variable. */
export function loadConfig(source: Record<string, string | undefined>): Config {
  // An empty variable (FOO=) means "not set", as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(cleaned);
  // Rules between variables are checked on the raw values too, so one run reports every problem.
  const lines = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`)),
    ...crossFieldProblems(cleaned).map((p) => `  ${p}`),
  ];
  if (!parsed.success || lines.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: e.DATA_DIR,
    store: e.STORE ?? (e.REDIS_URL ? 'redis' : 'sqlite'),
    socketAdapter: e.SOCKET_ADAPTER ?? (e.REDIS_URL ? 'redis' : 'memory'),
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    sessionSecret: e.SESSION_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? isProduction,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO ?? !isProduction,
    demoPassword: e.DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    logPretty: e.LOG_PRETTY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    clientDist: e.CLIENT_DIST,
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    retentionCheckMinutes: e.RETENTION_CHECK_MINUTES,
    chatMessagesPer10s: e.CHAT_MESSAGES_PER_10S,
    socketCommandsPerSecond: e.SOCKET_COMMANDS_PER_SECOND,
    mediaUrl: e.MEDIA_URL,
    mediaSecret: e.MEDIA_SECRET,
    mediasoupWorkerBin: e.MEDIASOUP_WORKER_BIN,
  };
}
