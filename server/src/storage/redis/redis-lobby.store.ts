import { LobbyEntry, type RoomId, type UserId } from '@konsiili/shared';
import type { LobbyDecision, LobbyRecord, LobbyStore } from '../../lobby/lobby.store.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

// Entries live in a hash per room (user id → entry JSON) with their status in a second hash; the waiting
// ones are also in a sorted set by the time they started waiting, which gives the list its order.
// KEYS: entries, statuses, waiting   ARGV: user id, entry JSON, since ms
const ENQUEUE = luaScript(`
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('HSET', KEYS[2], ARGV[1], 'waiting')
  redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
end
return 1
`);

// KEYS: statuses, waiting   ARGV: user id, new status
const DECIDE = luaScript(`
if redis.call('HGET', KEYS[1], ARGV[1]) ~= 'waiting' then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
`);

export class RedisLobbyStore implements LobbyStore {
  readonly #client: RedisClient;
  readonly #prefix: string;

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#prefix = prefix;
  }

  #keys(roomId: string) {
    return {
      entries: `${this.#prefix}lobby-entry:${roomId}`,
      statuses: `${this.#prefix}lobby-status:${roomId}`,
      waiting: `${this.#prefix}lobby-waiting:${roomId}`,
    };
  }

  async enqueue(entry: LobbyEntry): Promise<LobbyRecord> {
    const k = this.#keys(entry.roomId);
    await runScript(
      this.#client,
      ENQUEUE,
      [k.entries, k.statuses, k.waiting],
      [entry.userId, JSON.stringify(entry), String(Date.parse(entry.since))],
    );
    const record = await this.get(entry.roomId, entry.userId);
    if (!record) throw new Error('lobby entry vanished');
    return record;
  }

  async get(roomId: RoomId, userId: UserId): Promise<LobbyRecord | undefined> {
    const k = this.#keys(roomId);
    const [json, status] = await Promise.all([
      this.#client.hGet(k.entries, userId),
      this.#client.hGet(k.statuses, userId),
    ]);
    if (json === null || status === null) return undefined;
    return { entry: LobbyEntry.parse(parseJson(json)), status: status as LobbyDecision };
  }

  async listWaiting(roomId: RoomId): Promise<LobbyEntry[]> {
    const k = this.#keys(roomId);
    const userIds = await this.#client.zRange(k.waiting, 0, -1);
    if (userIds.length === 0) return [];
    const rows = await this.#client.hmGet(k.entries, userIds);
    return rows.flatMap((json) => (json === null ? [] : [LobbyEntry.parse(parseJson(json))]));
  }

  async decide(roomId: RoomId, userId: UserId, status: 'admitted' | 'declined'): Promise<boolean> {
    const k = this.#keys(roomId);
    return (await runScript(this.#client, DECIDE, [k.statuses, k.waiting], [userId, status])) === 1;
  }
}
