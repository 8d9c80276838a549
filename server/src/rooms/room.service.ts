import {
  AuditAction,
  ErrorCode,
  RoomRole,
  RoomStatus,
  type HomeResponse,
  type RoomId,
  type RoomMember,
  type RoomSetRole,
  type RoomSnapshot,
  type RoomSummary,
} from '@konsiili/shared';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import type { UserStore } from '../auth/user.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { Broadcaster } from './broadcaster.ts';
import type { RoomChannels } from './room-channels.ts';
import { findOrProvision, requireEntry, type RoomGate, type RoomProvisioner } from './room-access.ts';
import type { RoomStore } from './room.store.ts';
import { splitHome, withPresence } from './room.ts';

/** Hears that someone joined or left a room (after the channel changed), e.g. to hand over the chair. */
export type PresenceListener = (roomId: RoomId) => void;

export interface RoomService {
  join(actor: Actor, connectionId: string, roomId: RoomId): Promise<RoomSnapshot>;
  leave(actor: Actor, connectionId: string, roomId: RoomId): Promise<void>;
  /** Called when a connection closes, for every room it had joined. */
  disconnected(actor: Actor, roomIds: readonly RoomId[]): Promise<void>;
  setRole(actor: Actor, input: RoomSetRole): Promise<RoomMember>;
  summary(actor: Actor, roomId: RoomId): Promise<RoomSummary>;
  home(actor: Actor): Promise<HomeResponse>;
  /** The room and the actor's membership, when the actor may moderate it; throws otherwise. */
  requireModerator(actor: Actor, roomId: RoomId): Promise<void>;
  /** Subscribes to presence changes; listeners must not throw. */
  onPresenceChanged(listener: PresenceListener): void;
}

export function createRoomService(deps: {
  rooms: RoomStore;
  users: UserStore;
  channels: RoomChannels;
  broadcaster: Broadcaster;
  audit: AuditService;
  clock: Clock;
  provisioner?: RoomProvisioner;
  gate?: RoomGate;
}): RoomService {
  const presenceListeners: PresenceListener[] = [];
  const presenceChanged = (roomId: RoomId): void => {
    for (const listener of presenceListeners) listener(roomId);
  };

  async function load(roomId: RoomId) {
    const room = await findOrProvision(deps.rooms, deps.provisioner, roomId);
    if (!room) throw new AppError(ErrorCode.NOT_FOUND, 'room not found');
    return room;
  }

  async function announcePresence(roomId: RoomId, member: RoomMember): Promise<void> {
    const online = await deps.channels.onlineUserIds(roomId);
    deps.broadcaster.toRoom(roomId, 'room:presence', {
      roomId,
      member: { ...member, isOnline: online.has(member.userId) },
    });
  }

  async function leaveRoom(actor: Actor, roomId: RoomId): Promise<void> {
    const room = await deps.rooms.get(roomId);
    const member = await deps.rooms.getMember(roomId, actor.userId);
    if (!room || !member) return;
    presenceChanged(roomId);
    await announcePresence(roomId, member);
    await deps.audit.record({
      orgId: room.orgId,
      action: AuditAction.ROOM_LEAVE,
      actorId: actor.userId,
      roomId,
    });
  }

  return {
    async join(actor, connectionId, roomId) {
      const room = await load(roomId);
      let member = await deps.rooms.getMember(roomId, actor.userId);
      // A closed room (a cancelled occurrence) takes nobody new; its members may still come back to it.
      if (!member && room.status === RoomStatus.CLOSED) {
        throw new AppError(ErrorCode.FORBIDDEN, 'this room is closed', { reason: 'ROOM_CLOSED' });
      }
      if (!member) await requireEntry(deps.gate, actor, room);
      if (!can(actor, Action.ROOM_JOIN, { room, member }))
        throw new AppError(ErrorCode.FORBIDDEN, 'not allowed in this room');
      if (!member) {
        const user = await deps.users.findById(actor.userId);
        if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'user no longer exists');
        member = {
          roomId,
          userId: user.id,
          role: RoomRole.PARTICIPANT,
          displayName: user.displayName,
          profession: user.profession,
          ...(user.services[0] ? { serviceId: user.services[0] } : {}),
        };
        await deps.rooms.putMember(member);
      }
      await deps.channels.join(connectionId, roomId);
      const [members, online] = await Promise.all([
        deps.rooms.listMembers(roomId),
        deps.channels.onlineUserIds(roomId),
      ]);
      online.add(actor.userId);
      presenceChanged(roomId);
      deps.broadcaster.toRoom(roomId, 'room:presence', { roomId, member: { ...member, isOnline: true } });
      await deps.audit.record({
        orgId: room.orgId,
        action: AuditAction.ROOM_JOIN,
        actorId: actor.userId,
        roomId,
        details: { role: member.role },
      });
      return { room, me: member, members: withPresence(members, online) };
    },

    async leave(actor, connectionId, roomId) {
      await deps.channels.leave(connectionId, roomId);
      await leaveRoom(actor, roomId);
    },

    async disconnected(actor, roomIds) {
      for (const roomId of roomIds) await leaveRoom(actor, roomId);
    },

    async setRole(actor, input) {
      const room = await load(input.roomId);
      const own = await deps.rooms.getMember(input.roomId, actor.userId);
      if (!can(actor, Action.ROOM_SET_ROLE, { room, member: own })) {
        throw new AppError(ErrorCode.FORBIDDEN, 'only moderators may change roles');
      }
      const before = await deps.rooms.getMember(input.roomId, input.userId);
      const updated = await deps.rooms.setRole(input.roomId, input.userId, input.role);
      if (!before || !updated) throw new AppError(ErrorCode.NOT_FOUND, 'not a member of this room');
      const online = await deps.channels.onlineUserIds(input.roomId);
      deps.broadcaster.toRoom(input.roomId, 'room:member-updated', {
        roomId: input.roomId,
        member: { ...updated, isOnline: online.has(updated.userId) },
      });
      await deps.audit.record({
        orgId: room.orgId,
        action: AuditAction.ROLE_CHANGED,
        actorId: actor.userId,
        roomId: input.roomId,
        subjectId: input.userId,
        details: { from: before.role, to: updated.role },
      });
      return updated;
    },

    async summary(actor, roomId) {
      const room = await load(roomId);
      const member = await deps.rooms.getMember(roomId, actor.userId);
      // Somebody in the lobby sees what they wait for (title and time), never the room's state.
      const waitingRole = member ? undefined : await deps.gate?.waitingRole(actor, room);
      if (waitingRole) {
        // Who created the room and when is the organisation's business, not the visitor's.
        const { createdBy: _createdBy, createdAt: _createdAt, ...door } = room;
        return { ...door, myRole: waitingRole };
      }
      if (!can(actor, Action.ROOM_JOIN, { room, member }))
        throw new AppError(ErrorCode.FORBIDDEN, 'not allowed in this room');
      return { ...room, myRole: member?.role ?? RoomRole.PARTICIPANT };
    },

    async home(actor) {
      await deps.provisioner?.ensureUpcoming(actor);
      return splitHome(await deps.rooms.listForUser(actor.userId), deps.clock.now());
    },

    async requireModerator(actor, roomId) {
      const room = await load(roomId);
      const member = await deps.rooms.getMember(roomId, actor.userId);
      if (!can(actor, Action.ROOM_MODERATE, { room, member }))
        throw new AppError(ErrorCode.FORBIDDEN, 'only moderators');
    },

    onPresenceChanged(listener) {
      presenceListeners.push(listener);
    },
  };
}
