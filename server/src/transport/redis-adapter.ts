import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { AppServer } from './socket.ts';

/**
 * Carries room broadcasts and presence between nodes over Redis pub/sub. Loaded only when configured:
 * the redis client subclasses String, which leaves String.prototype in V8's slow dictionary mode and
 * makes every string method call in the process several times slower.
 */
export async function attachRedisAdapter(
  io: AppServer,
  url: string,
): Promise<{ quit(): Promise<unknown> }[]> {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return [pub, sub];
}
