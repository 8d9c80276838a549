import { Notification, type NotificationId, type UserId } from '@konsiili/shared';
import type { NotificationStore } from '../../consults/notification.store.ts';
import { parseJson } from '../records.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';

// Per user: a hash id → JSON, an order zset, and the set of unread ids (its size is the unread count).
// KEYS: values, order, unread, counter   ARGV: id, JSON
const ADD = luaScript(`
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[4]), ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return redis.call('SCARD', KEYS[3])
`);

export class RedisNotificationStore implements NotificationStore {
  readonly #client: RedisClient;
  readonly #prefix: string;

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#prefix = prefix;
  }

  #keys(userId: string) {
    return {
      values: `${this.#prefix}notif:${userId}`,
      order: `${this.#prefix}notif-order:${userId}`,
      unread: `${this.#prefix}notif-unread:${userId}`,
    };
  }

  async add(userId: UserId, notification: Notification): Promise<number> {
    const k = this.#keys(userId);
    const count = await runScript(
      this.#client,
      ADD,
      [k.values, k.order, k.unread, `${this.#prefix}notif-seq`],
      [notification.id, JSON.stringify({ ...notification, isRead: false })],
    );
    return Number(count);
  }

  async list(userId: UserId, limit: number): Promise<Notification[]> {
    const k = this.#keys(userId);
    const ids = await this.#client.zRange(k.order, 0, limit - 1, { REV: true });
    if (ids.length === 0) return [];
    const [values, unread] = await Promise.all([
      this.#client.hmGet(k.values, ids),
      this.#client.smIsMember(k.unread, ids),
    ]);
    return ids.flatMap((_id, i) => {
      const json = values[i];
      if (typeof json !== 'string') return [];
      return [Notification.parse({ ...(parseJson(json) as object), isRead: unread[i] !== 1 })];
    });
  }

  unreadCount(userId: UserId): Promise<number> {
    return this.#client.sCard(this.#keys(userId).unread);
  }

  async markRead(userId: UserId, ids: readonly NotificationId[] | 'all'): Promise<number> {
    const k = this.#keys(userId);
    if (ids === 'all') await this.#client.del(k.unread);
    else if (ids.length > 0) await this.#client.sRem(k.unread, [...ids]);
    return this.#client.sCard(k.unread);
  }
}
