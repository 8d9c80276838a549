import { Room, RoomMember, RoomRoleSchema, type RoomId, type RoomRole, type UserId } from '@konsiili/shared';
import type { RoomSchedule, RoomStore } from '../../rooms/room.store.ts';
import { DuplicateKeyError } from '../store.ts';
import type { Keys } from './keys.ts';
import { luaScript, runScript, stringOrNull, type RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

// Members live in a hash per room (user id -> member JSON). Their order is a sorted set scored by a global
// counter; ZADD happens only on the first put, so replacing an entry keeps its place. The user's own room
// list shares the same score. Returns 0 when the room does not exist, as the SQLite foreign key does.
// KEYS: room, members, member order, user's rooms, counter   ARGV: user id, member JSON, room id
const PUT_MEMBER = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
if not redis.call('ZSCORE', KEYS[3], ARGV[1]) then
  local seq = redis.call('INCR', KEYS[5])
  redis.call('ZADD', KEYS[3], seq, ARGV[1])
  redis.call('ZADD', KEYS[4], seq, ARGV[3])
end
return 1
`);

// Changes one field in place so a concurrent putMember cannot be lost. A member holds only strings, which
// cjson round-trips faithfully. Returns the updated JSON, or nil for a non-member.
// KEYS: members   ARGV: user id, role
const SET_ROLE = luaScript(`
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local member = cjson.decode(raw)
member.role = ARGV[2]
local updated = cjson.encode(member)
redis.call('HSET', KEYS[1], ARGV[1], updated)
return updated
`);

// Changes two fields in place, so a concurrent writer of the same room cannot be overwritten with a stale
// copy. A room holds strings and one small integer, which cjson round-trips faithfully. Returns the updated
// JSON, or nil when there is no room (nothing is created).
// KEYS: room   ARGV: starts at, status
const RESCHEDULE = luaScript(`
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local room = cjson.decode(raw)
room.startsAt = ARGV[1]
room.status = ARGV[2]
local updated = cjson.encode(room)
redis.call('SET', KEYS[1], updated)
return updated
`);

export class RedisRoomStore implements RoomStore {
  readonly #client: RedisClient;
  readonly #keys: Keys;

  constructor(client: RedisClient, keys: Keys) {
    this.#client = client;
    this.#keys = keys;
  }

  async create(room: Room): Promise<void> {
    const stored = await this.#client.set(this.#keys.room(room.id), JSON.stringify(room), {
      condition: 'NX',
    });
    if (stored === null) throw new DuplicateKeyError('rooms.id');
  }

  async get(id: RoomId): Promise<Room | undefined> {
    const json = await this.#client.get(this.#keys.room(id));
    return json === null ? undefined : Room.parse(parseJson(json));
  }

  async reschedule(id: RoomId, schedule: RoomSchedule): Promise<Room | undefined> {
    const json = stringOrNull(
      await runScript(this.#client, RESCHEDULE, [this.#keys.room(id)], [schedule.startsAt, schedule.status]),
    );
    return json === null ? undefined : Room.parse(parseJson(json));
  }

  async putMember(member: RoomMember): Promise<void> {
    const stored = await runScript(
      this.#client,
      PUT_MEMBER,
      [
        this.#keys.room(member.roomId),
        this.#keys.roomMembers(member.roomId),
        this.#keys.roomMemberOrder(member.roomId),
        this.#keys.userRooms(member.userId),
        this.#keys.seq,
      ],
      [member.userId, JSON.stringify(member), member.roomId],
    );
    if (stored !== 1) throw new Error('putMember: the room does not exist (rooms.id)');
  }

  async getMember(roomId: RoomId, userId: UserId): Promise<RoomMember | undefined> {
    const json = await this.#client.hGet(this.#keys.roomMembers(roomId), userId);
    return json === null ? undefined : RoomMember.parse(parseJson(json));
  }

  async listMembers(roomId: RoomId): Promise<RoomMember[]> {
    const userIds = await this.#client.zRange(this.#keys.roomMemberOrder(roomId), 0, -1);
    if (userIds.length === 0) return [];
    const values = await this.#client.hmGet(this.#keys.roomMembers(roomId), userIds);
    return values.map((json) => {
      if (json === null) throw new Error('member order points at a missing member');
      return RoomMember.parse(parseJson(json));
    });
  }

  async setRole(roomId: RoomId, userId: UserId, role: RoomRole): Promise<RoomMember | undefined> {
    const json = stringOrNull(
      await runScript(this.#client, SET_ROLE, [this.#keys.roomMembers(roomId)], [userId, role]),
    );
    return json === null ? undefined : RoomMember.parse(parseJson(json));
  }

  async listForUser(userId: UserId): Promise<{ room: Room; role: RoomRole }[]> {
    const roomIds = await this.#client.zRange(this.#keys.userRooms(userId), 0, -1);
    if (roomIds.length === 0) return [];
    const multi = this.#client.multi();
    for (const roomId of roomIds) {
      multi.get(this.#keys.room(roomId));
      multi.hGet(this.#keys.roomMembers(roomId), userId);
    }
    const replies = await multi.execAsPipeline();
    return roomIds.map((_, index) => {
      const roomJson = stringOrNull(replies[2 * index]);
      const memberJson = stringOrNull(replies[2 * index + 1]);
      if (roomJson === null || memberJson === null)
        throw new Error('user room list points at a missing room');
      const member = RoomMember.parse(parseJson(memberJson));
      return { room: Room.parse(parseJson(roomJson)), role: RoomRoleSchema.parse(member.role) };
    });
  }
}
