import { ChatMessage, type MessageId, type OrgId, type RoomId, type RoomKind } from '@konsiili/shared';
import type { ChatSettings, ChatStore, NewChatMessage } from '../../chat/chat.store.ts';
import { luaScript, runScript, stringOrNull, type RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

/** Chat keys, under the store's prefix. Room ids never contain ':'. */
export function createChatKeys(prefix: string) {
  return {
    seq: (roomId: string) => `${prefix}chat-seq:${roomId}`,
    messages: (roomId: string) => `${prefix}chat-msg:${roomId}`,
    order: (roomId: string) => `${prefix}chat-order:${roomId}`,
    clients: (roomId: string) => `${prefix}chat-client:${roomId}`,
    settings: (roomId: string) => `${prefix}chat-settings:${roomId}`,
    /** One organisation's messages of one room kind by creation time, for the retention purge. */
    byTime: (orgId: string, kind: string) => `${prefix}chat-time:${orgId}:${kind}`,
  };
}
type ChatKeys = ReturnType<typeof createChatKeys>;

// The duplicate check, the room's next seq and the writes happen in one script, so two nodes cannot
// give two messages the same seq or store a retried message twice. The seq is spliced into the JSON as
// text (cjson would turn an empty mentions array into an object).
// KEYS: seq, messages, order, clients, byTime   ARGV: client key, id, JSON without seq, created ms, time member
const APPEND = luaScript(`
local existing = redis.call('HGET', KEYS[4], ARGV[1])
if existing then
  local json = redis.call('HGET', KEYS[2], existing)
  if json then return {0, json} end
end
local seq = redis.call('INCR', KEYS[1])
local json = '{"seq":' .. seq .. ',' .. string.sub(ARGV[3], 2)
redis.call('HSET', KEYS[2], ARGV[2], json)
redis.call('ZADD', KEYS[3], seq, ARGV[2])
redis.call('HSET', KEYS[4], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[5], ARGV[4], ARGV[5])
return {1, json}
`);

const PURGE_BATCH = 500;

export class RedisChatStore implements ChatStore {
  readonly #client: RedisClient;
  readonly #keys: ChatKeys;

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#keys = createChatKeys(prefix);
  }

  async append(input: NewChatMessage): Promise<{ message: ChatMessage; isNew: boolean }> {
    const { orgId, roomKind, clientId, ...rest } = input;
    const k = this.#keys;
    const reply = await runScript(
      this.#client,
      APPEND,
      [
        k.seq(input.roomId),
        k.messages(input.roomId),
        k.order(input.roomId),
        k.clients(input.roomId),
        k.byTime(orgId, roomKind),
      ],
      [
        `${input.authorId}:${clientId}`,
        input.id,
        JSON.stringify(rest),
        String(Date.parse(input.createdAt)),
        `${input.roomId}/${input.id}`,
      ],
    );
    if (!Array.isArray(reply) || reply.length !== 2) throw new TypeError('unexpected append reply');
    return { message: ChatMessage.parse(parseJson(stringOrNull(reply[1]) ?? '')), isNew: reply[0] === 1 };
  }

  async list(roomId: RoomId, query: { afterSeq: number; limit: number }): Promise<ChatMessage[]> {
    const ids = await this.#client.zRangeByScore(
      this.#keys.order(roomId),
      `(${String(query.afterSeq)}`,
      '+inf',
      {
        LIMIT: { offset: 0, count: query.limit },
      },
    );
    if (ids.length === 0) return [];
    const rows = await this.#client.hmGet(this.#keys.messages(roomId), ids);
    return rows.flatMap((json) => (json === null ? [] : [ChatMessage.parse(parseJson(json))]));
  }

  async lastSeq(roomId: RoomId): Promise<number> {
    return Number((await this.#client.get(this.#keys.seq(roomId))) ?? 0);
  }

  async get(roomId: RoomId, messageId: MessageId): Promise<ChatMessage | undefined> {
    const json = await this.#client.hGet(this.#keys.messages(roomId), messageId);
    return json === null ? undefined : ChatMessage.parse(parseJson(json));
  }

  async markDeleted(roomId: RoomId, messageId: MessageId): Promise<boolean> {
    const message = await this.get(roomId, messageId);
    if (!message) return false;
    const deleted: ChatMessage = { ...message, text: '', mentions: [], isDeleted: true };
    // HSETEX-like guard: only overwrite while the message still exists (a purge may have run).
    const written = await this.#client.eval(
      "if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) return 1 end return 0",
      { keys: [this.#keys.messages(roomId)], arguments: [messageId, JSON.stringify(deleted)] },
    );
    return written === 1;
  }

  async getSettings(roomId: RoomId): Promise<ChatSettings> {
    const value = await this.#client.hGet(this.#keys.settings(roomId), 'enabled');
    return { isChatEnabled: value !== '0' };
  }

  async putSettings(roomId: RoomId, settings: ChatSettings): Promise<void> {
    await this.#client.hSet(this.#keys.settings(roomId), 'enabled', settings.isChatEnabled ? '1' : '0');
  }

  async purge(orgId: OrgId, roomKind: RoomKind, cutoff: string): Promise<number> {
    const byTime = this.#keys.byTime(orgId, roomKind);
    const before = `(${String(Date.parse(cutoff))}`;
    let purged = 0;
    for (;;) {
      const members = await this.#client.zRangeByScore(byTime, '-inf', before, {
        LIMIT: { offset: 0, count: PURGE_BATCH },
      });
      if (members.length === 0) return purged;
      const tx = this.#client.multi();
      for (const member of members) {
        const [roomId = '', id = ''] = member.split('/');
        tx.hDel(this.#keys.messages(roomId), id);
        tx.zRem(this.#keys.order(roomId), id);
      }
      tx.zRem(byTime, members);
      await tx.exec();
      purged += members.length;
    }
  }
}
