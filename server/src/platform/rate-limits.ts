import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Names the counter family ("login", "chat"); keys of different families never meet. */
  name: string;
  points: number;
  durationS: number;
}

/**
 * Port: makes rate limiters whose counters live where the store's state lives. With the embedded store
 * there is one node, so memory is the truth; with Redis every node counts against the same budget, so a
 * second node does not hand out a second allowance of login guesses or chat messages.
 */
export type RateLimiters = (options: RateLimitOptions) => RateLimiterAbstract;

export function memoryRateLimiters(): RateLimiters {
  return (options) =>
    new RateLimiterMemory({ keyPrefix: options.name, points: options.points, duration: options.durationS });
}

export function redisRateLimiters(client: unknown, keyPrefix: string): RateLimiters {
  return (options) =>
    new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      keyPrefix: `${keyPrefix}rate:${options.name}`,
      points: options.points,
      duration: options.durationS,
    });
}
