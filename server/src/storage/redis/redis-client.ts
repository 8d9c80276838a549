import { createHash } from 'node:crypto';
import { createClient, ErrorReply } from 'redis';

const CONNECT_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

export type RedisClient = ReturnType<typeof buildClient>;

function buildClient(url: string, state: { isConnected: boolean }) {
  return createClient({
    url,
    // While Redis is away, commands fail at once instead of queueing without bound; the caller gets an
    // error it can answer with, and /readyz sees the outage.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      // The first connect gives up at once, so a wrong URL or a missing Redis fails start-up and tests
      // loudly. Once we have been connected, a dropped connection is retried for ever with a capped backoff.
      reconnectStrategy: (retries) =>
        state.isConnected ? Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS) : false,
    },
  });
}

/**
 * Connects, or rejects with an error naming the host (never the credentials in the URL). `onError` hears
 * connection errors after start-up; node-redis emits them as 'error' events, and an EventEmitter without an
 * 'error' listener would crash the process.
 */
export async function connectRedis(url: string, onError: (error: Error) => void): Promise<RedisClient> {
  const state = { isConnected: false };
  const client = buildClient(url, state);
  client.on('error', (error: unknown) => {
    if (state.isConnected) onError(error instanceof Error ? error : new Error('redis client error'));
  });
  try {
    await client.connect();
  } catch (error) {
    if (client.isOpen) client.destroy();
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new Error(`Redis unreachable at ${hostOf(url)}: ${reason}`, { cause: error });
  }
  state.isConnected = true;
  return client;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'localhost';
  } catch {
    return '(invalid URL)';
  }
}

/** A Lua script, run by its SHA-1 so the source crosses the wire only once per Redis process. */
export interface LuaScript {
  readonly source: string;
  readonly sha1: string;
}

export function luaScript(source: string): LuaScript {
  return { source, sha1: createHash('sha1').update(source).digest('hex') };
}

export async function runScript(
  client: RedisClient,
  script: LuaScript,
  keys: string[],
  args: string[],
): Promise<unknown> {
  try {
    return await client.evalSha(script.sha1, { keys, arguments: args });
  } catch (error) {
    // A restarted or flushed Redis has forgotten the script; EVAL loads it again.
    if (error instanceof ErrorReply && error.message.startsWith('NOSCRIPT')) {
      return client.eval(script.source, { keys, arguments: args });
    }
    throw error;
  }
}

/** Narrows a reply that is a bulk string or nil. */
export function stringOrNull(reply: unknown): string | null {
  if (reply === null || typeof reply === 'string') return reply;
  throw new TypeError('unexpected Redis reply type');
}
