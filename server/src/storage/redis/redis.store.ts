import { redisRateLimiters, type RateLimiters } from '../../platform/rate-limits.ts';
import type { Store } from '../store.ts';
import { createKeys } from './keys.ts';
import { RedisAuditStore } from './redis-audit.store.ts';
import { RedisChatStore } from './redis-chat.store.ts';
import { RedisLobbyStore } from './redis-lobby.store.ts';
import { RedisRetentionStore } from './redis-retention.store.ts';
import { connectRedis, type RedisClient } from './redis-client.ts';
import { RedisOrganisationStore } from './redis-organisation.store.ts';
import { RedisPptStore } from './redis-ppt.store.ts';
import { RedisRoomStore } from './redis-room.store.ts';
import { RedisSessionStore } from './redis-session.store.ts';
import { RedisUserStore } from './redis-user.store.ts';
import { RedisConsultStore } from './redis-consult.store.ts';
import { RedisDirectoryStore } from './redis-directory.store.ts';
import { RedisJobQueue } from './redis-jobs.ts';
import { RedisNotificationStore } from './redis-notification.store.ts';

export interface RedisStoreOptions {
  url: string;
  /** Every key starts with it (e.g. "konsiili:"), so several stores can share one Redis. */
  keyPrefix: string;
  /** Hears connection errors after start-up; commands issued meanwhile reject on their own. */
  onError?: (error: Error) => void;
}

/** Connects and returns the Redis store; rejects at once when Redis cannot be reached. */
export async function openRedisStore(options: RedisStoreOptions): Promise<Store> {
  // An empty prefix would put our keys among everyone else's, and the tests' cleanup would then sweep them.
  if (options.keyPrefix === '') throw new Error('the Redis store needs a key prefix');
  const client = await connectRedis(options.url, options.onError ?? (() => undefined));
  return new RedisStore(client, options.keyPrefix);
}

class RedisStore implements Store {
  readonly kind = 'redis';
  readonly users: RedisUserStore;
  readonly sessions: RedisSessionStore;
  readonly organisations: RedisOrganisationStore;
  readonly rooms: RedisRoomStore;
  readonly audit: RedisAuditStore;
  readonly ppt: RedisPptStore;
  readonly chat: RedisChatStore;
  readonly lobby: RedisLobbyStore;
  readonly retention: RedisRetentionStore;
  readonly directory: RedisDirectoryStore;
  readonly consults: RedisConsultStore;
  readonly notifications: RedisNotificationStore;
  readonly jobs: RedisJobQueue;
  readonly rateLimiters: RateLimiters;
  readonly #client: RedisClient;
  #closing: Promise<void> | undefined;

  constructor(client: RedisClient, keyPrefix: string) {
    const keys = createKeys(keyPrefix);
    this.#client = client;
    this.users = new RedisUserStore(client, keys);
    this.sessions = new RedisSessionStore(client, keys);
    this.organisations = new RedisOrganisationStore(client, keys);
    this.rooms = new RedisRoomStore(client, keys);
    this.audit = new RedisAuditStore(client, keys);
    this.ppt = new RedisPptStore(client, keyPrefix);
    this.chat = new RedisChatStore(client, keyPrefix);
    this.lobby = new RedisLobbyStore(client, keyPrefix);
    this.retention = new RedisRetentionStore(client, keyPrefix);
    this.directory = new RedisDirectoryStore(client, keyPrefix);
    this.consults = new RedisConsultStore(client, keyPrefix);
    this.notifications = new RedisNotificationStore(client, keyPrefix);
    this.jobs = new RedisJobQueue(client, keyPrefix);
    this.rateLimiters = redisRateLimiters(client, keyPrefix);
  }

  async ping(): Promise<void> {
    await this.#client.ping();
  }

  close(): Promise<void> {
    // close() waits for commands in flight; a second call shares the first one's promise.
    this.#closing ??= this.#client.isOpen ? this.#client.close() : Promise.resolve();
    return this.#closing;
  }
}
