import Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { Room, RoomMember, RoomRoleSchema, type RoomId, type RoomRole, type UserId } from '@konsiili/shared';
import type { RoomSchedule, RoomStore } from '../../rooms/room.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { settle } from './settle.ts';

interface RoomRow {
  id: string;
  org_id: string;
  kind: string;
  title: string;
  status: string;
  starts_at: string | null;
  duration_minutes: number | null;
  created_by: string;
  created_at: string;
}

interface MemberRow {
  room_id: string;
  user_id: string;
  role: string;
  display_name: string;
  profession: string;
  service_id: string | null;
}

const ROOM_COLUMNS = 'id, org_id, kind, title, status, starts_at, duration_minutes, created_by, created_at';
const MEMBER_COLUMNS = 'room_id, user_id, role, display_name, profession, service_id';

/** Members kept in memory; a room of 20 people in each of 500 rooms fits. */
const MEMBER_CACHE_SIZE = 10_000;
/** Rooms kept in memory. */
const ROOM_CACHE_SIZE = 10_000;

function memberKey(roomId: string, userId: string): string {
  return `${roomId} ${userId}`;
}

/**
 * Rooms and members in the embedded file. Both are also kept in memory, written through: every change to
 * rooms goes through reschedule, and to room_members through putMember or setRole, on this one connection
 * (the embedded store has a single server process), so the copies cannot go stale. chat:send and every
 * queue command ask for their room and member on every event, and no longer pay for a read each time.
 */
export class SqliteRoomStore implements RoomStore {
  readonly #rooms = new LRUCache<string, Room>({ max: ROOM_CACHE_SIZE });
  readonly #members = new LRUCache<string, RoomMember>({ max: MEMBER_CACHE_SIZE });
  readonly #insertRoom: Database.Statement<[RoomRow]>;
  readonly #getRoom: Database.Statement<[string], RoomRow>;
  readonly #reschedule: Database.Statement<[{ id: string; starts_at: string; status: string }], RoomRow>;
  readonly #upsertMember: Database.Statement<[MemberRow]>;
  readonly #getMember: Database.Statement<[string, string], MemberRow>;
  readonly #listMembers: Database.Statement<[string], MemberRow>;
  readonly #setRole: Database.Statement<[string, string, string], MemberRow>;
  readonly #listForUser: Database.Statement<[string], RoomRow & { member_role: string }>;

  constructor(db: Database.Database) {
    this.#insertRoom = db.prepare(
      `INSERT INTO rooms (${ROOM_COLUMNS})
       VALUES (@id, @org_id, @kind, @title, @status, @starts_at, @duration_minutes, @created_by, @created_at)`,
    );
    this.#getRoom = db.prepare(`SELECT ${ROOM_COLUMNS} FROM rooms WHERE id = ?`);
    this.#reschedule = db.prepare(
      `UPDATE rooms SET starts_at = @starts_at, status = @status WHERE id = @id RETURNING ${ROOM_COLUMNS}`,
    );
    // The upsert keeps the row, and with it `seq`, so a member keeps their place in the list when their
    // entry is replaced.
    this.#upsertMember = db.prepare(
      `INSERT INTO room_members (${MEMBER_COLUMNS})
       VALUES (@room_id, @user_id, @role, @display_name, @profession, @service_id)
       ON CONFLICT (room_id, user_id) DO UPDATE SET
         role = excluded.role, display_name = excluded.display_name,
         profession = excluded.profession, service_id = excluded.service_id`,
    );
    this.#getMember = db.prepare(
      `SELECT ${MEMBER_COLUMNS} FROM room_members WHERE room_id = ? AND user_id = ?`,
    );
    this.#listMembers = db.prepare(
      `SELECT ${MEMBER_COLUMNS} FROM room_members WHERE room_id = ? ORDER BY seq`,
    );
    this.#setRole = db.prepare(
      `UPDATE room_members SET role = ? WHERE room_id = ? AND user_id = ? RETURNING ${MEMBER_COLUMNS}`,
    );
    this.#listForUser = db.prepare(
      `SELECT r.id, r.org_id, r.kind, r.title, r.status, r.starts_at, r.duration_minutes, r.created_by,
              r.created_at, m.role AS member_role
       FROM room_members m JOIN rooms r ON r.id = m.room_id
       WHERE m.user_id = ? ORDER BY m.seq`,
    );
  }

  create(room: Room): Promise<void> {
    return settle(() => {
      try {
        this.#insertRoom.run({
          id: room.id,
          org_id: room.orgId,
          kind: room.kind,
          title: room.title,
          status: room.status,
          starts_at: room.startsAt ?? null,
          duration_minutes: room.durationMinutes ?? null,
          created_by: room.createdBy,
          created_at: room.createdAt,
        });
      } catch (error) {
        throw asDuplicateKeyError(error, { 'rooms.id': 'rooms.id' });
      }
    });
  }

  get(id: RoomId): Promise<Room | undefined> {
    return settle(() => {
      const known = this.#rooms.get(id);
      if (known) return known;
      const row = this.#getRoom.get(id);
      return row === undefined ? undefined : this.#rememberRoom(parseRoom(row));
    });
  }

  reschedule(id: RoomId, schedule: RoomSchedule): Promise<Room | undefined> {
    return settle(() => {
      const row = this.#reschedule.get({ id, starts_at: schedule.startsAt, status: schedule.status });
      return row === undefined ? undefined : this.#rememberRoom(parseRoom(row));
    });
  }

  putMember(member: RoomMember): Promise<void> {
    return settle(() => {
      try {
        this.#upsertMember.run({
          room_id: member.roomId,
          user_id: member.userId,
          role: member.role,
          display_name: member.displayName,
          profession: member.profession,
          service_id: member.serviceId ?? null,
        });
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
          throw new Error('putMember: the room does not exist (rooms.id)');
        }
        throw error;
      }
      // The same shape a read from the file gives: no serviceId key when there is none.
      const { serviceId, ...rest } = member;
      this.#remember(serviceId ? { ...rest, serviceId } : rest);
    });
  }

  getMember(roomId: RoomId, userId: UserId): Promise<RoomMember | undefined> {
    return settle(() => {
      const known = this.#members.get(memberKey(roomId, userId));
      if (known) return known;
      const row = this.#getMember.get(roomId, userId);
      return row === undefined ? undefined : this.#remember(parseMember(row));
    });
  }

  listMembers(roomId: RoomId): Promise<RoomMember[]> {
    return settle(() => this.#listMembers.all(roomId).map((row) => parseMember(row)));
  }

  setRole(roomId: RoomId, userId: UserId, role: RoomRole): Promise<RoomMember | undefined> {
    return settle(() => {
      const row = this.#setRole.get(role, roomId, userId);
      return row === undefined ? undefined : this.#remember(parseMember(row));
    });
  }

  /** Frozen, as members are (a room has no nested values). */
  #rememberRoom(room: Room): Room {
    const frozen = Object.freeze(room);
    this.#rooms.set(room.id, frozen);
    return frozen;
  }

  /** Frozen, so that no caller can change the copy every later reader gets. */
  #remember(member: RoomMember): RoomMember {
    const frozen = Object.freeze(member);
    this.#members.set(memberKey(member.roomId, member.userId), frozen);
    return frozen;
  }

  listForUser(userId: UserId): Promise<{ room: Room; role: RoomRole }[]> {
    return settle(() =>
      this.#listForUser.all(userId).map((row) => ({
        room: parseRoom(row),
        role: RoomRoleSchema.parse(row.member_role),
      })),
    );
  }
}

function parseRoom(row: RoomRow): Room {
  return Room.parse({
    id: row.id,
    orgId: row.org_id,
    kind: row.kind,
    title: row.title,
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at,
    ...(row.starts_at !== null && { startsAt: row.starts_at }),
    ...(row.duration_minutes !== null && { durationMinutes: row.duration_minutes }),
  });
}

function parseMember(row: MemberRow): RoomMember {
  return RoomMember.parse({
    roomId: row.room_id,
    userId: row.user_id,
    role: row.role,
    displayName: row.display_name,
    profession: row.profession,
    ...(row.service_id !== null && { serviceId: row.service_id }),
  });
}
