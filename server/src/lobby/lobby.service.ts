import {
  AuditAction,
  ErrorCode,
  RoomRole,
  type LobbyStatus,
  type LobbyWaiting,
  type Room,
  type RoomId,
  type RoomRole as RoomRoleT,
  type ServiceId,
  type UserId,
} from '@konsiili/shared';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import type { UserRecord, UserStore } from '../auth/user.store.ts';
import type { OrganisationStore } from '../orgs/organisation.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import { decideKnock } from './lobby.ts';
import type { LobbyStore } from './lobby.store.ts';

/** Port: per-room door settings (a PPT series decides whether its organisation's members skip the lobby). */
export interface LobbySettings {
  membersSkipLobby(room: Room): Promise<boolean>;
}

export interface LobbyService {
  knock(actor: Actor, roomId: RoomId): Promise<LobbyStatus>;
  list(actor: Actor, roomId: RoomId): Promise<LobbyWaiting>;
  admit(actor: Actor, roomId: RoomId, userId: UserId): Promise<LobbyWaiting>;
  decline(actor: Actor, roomId: RoomId, userId: UserId): Promise<LobbyWaiting>;
  /** Puts somebody who accepted an invitation at the door, with the role the invitation grants. */
  awaitAdmission(room: Room, user: UserRecord, role: RoomRoleT, serviceId?: ServiceId): Promise<void>;
  /** What room:join does with a non-member: let them in, send them to the lobby, or refuse. */
  admission(actor: Actor, room: Room): Promise<'walk-in' | 'lobby' | 'refused'>;
  waitingRole(actor: Actor, room: Room): Promise<RoomRoleT | undefined>;
}

export function createLobbyService(deps: {
  lobby: LobbyStore;
  rooms: RoomStore;
  users: UserStore;
  organisations: OrganisationStore;
  loadRoom: (roomId: RoomId) => Promise<Room | undefined>;
  settings: LobbySettings;
  broadcaster: Broadcaster;
  audit: AuditService;
  clock: Clock;
}): LobbyService {
  async function room(roomId: RoomId): Promise<Room> {
    const found = await deps.loadRoom(roomId);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'room not found');
    return found;
  }

  async function moderated(actor: Actor, roomId: RoomId): Promise<Room> {
    const r = await room(roomId);
    const member = await deps.rooms.getMember(roomId, actor.userId);
    if (!can(actor, Action.ROOM_MODERATE, { room: r, member })) {
      throw new AppError(ErrorCode.FORBIDDEN, 'only the room moderators decide on the lobby');
    }
    return r;
  }

  async function waiting(roomId: RoomId): Promise<LobbyWaiting> {
    return { roomId, waiting: await deps.lobby.listWaiting(roomId) };
  }

  async function announce(roomId: RoomId): Promise<LobbyWaiting> {
    const list = await waiting(roomId);
    deps.broadcaster.toRoom(roomId, 'lobby:updated', list);
    return list;
  }

  return {
    async knock(actor, roomId) {
      const r = await room(roomId);
      const [member, record, membersSkipLobby] = await Promise.all([
        deps.rooms.getMember(roomId, actor.userId),
        deps.lobby.get(roomId, actor.userId),
        deps.settings.membersSkipLobby(r),
      ]);
      const outcome = decideKnock({ actor, room: r, member, record, membersSkipLobby });
      switch (outcome.kind) {
        case 'admitted':
        case 'declined':
          return { status: outcome.kind };
        case 'refused':
          throw new AppError(ErrorCode.FORBIDDEN, 'not allowed in this room');
        case 'waiting':
          // Knocking again (after a reconnect) reminds the moderators that somebody is at the door.
          await announce(roomId);
          return { status: 'waiting' };
        case 'enqueue': {
          const user = await deps.users.findById(actor.userId);
          if (!user) throw new AppError(ErrorCode.UNAUTHENTICATED, 'user no longer exists');
          await this.awaitAdmission(r, user, RoomRole.PARTICIPANT, user.services[0]);
          await announce(roomId);
          return { status: 'waiting' };
        }
      }
    },

    async list(actor, roomId) {
      await moderated(actor, roomId);
      return waiting(roomId);
    },

    async admit(actor, roomId, userId) {
      const r = await moderated(actor, roomId);
      const record = await deps.lobby.get(roomId, userId);
      if (!record || record.status !== 'waiting')
        throw new AppError(ErrorCode.NOT_FOUND, 'nobody waiting by that id');
      const { entry } = record;
      await deps.rooms.putMember({
        roomId,
        userId,
        role: entry.role,
        displayName: entry.displayName,
        profession: entry.profession,
        ...(entry.serviceId ? { serviceId: entry.serviceId } : {}),
      });
      await deps.lobby.decide(roomId, userId, 'admitted');
      deps.broadcaster.toUser(userId, 'lobby:admitted', { roomId });
      await deps.audit.record({
        orgId: r.orgId,
        action: AuditAction.LOBBY_ADMITTED,
        actorId: actor.userId,
        roomId,
        subjectId: userId,
        details: { role: entry.role },
      });
      return announce(roomId);
    },

    async decline(actor, roomId, userId) {
      const r = await moderated(actor, roomId);
      if (!(await deps.lobby.decide(roomId, userId, 'declined'))) {
        throw new AppError(ErrorCode.NOT_FOUND, 'nobody waiting by that id');
      }
      deps.broadcaster.toUser(userId, 'lobby:declined', { roomId });
      await deps.audit.record({
        orgId: r.orgId,
        action: AuditAction.LOBBY_DECLINED,
        actorId: actor.userId,
        roomId,
        subjectId: userId,
      });
      return announce(roomId);
    },

    async awaitAdmission(r, user, role, serviceId) {
      const organisation = user.orgId === r.orgId ? undefined : await deps.organisations.get(user.orgId);
      const service = serviceId ?? user.services[0];
      await deps.lobby.enqueue({
        roomId: r.id,
        userId: user.id,
        displayName: user.displayName,
        profession: user.profession,
        ...(service ? { serviceId: service } : {}),
        role,
        ...(organisation ? { fromOrganisation: organisation.name } : {}),
        since: deps.clock.now().toISOString(),
      });
    },

    async waitingRole(actor, r) {
      const record = await deps.lobby.get(r.id, actor.userId);
      if (record?.status === 'waiting') return record.entry.role;
      const knock = decideKnock({
        actor,
        room: r,
        member: undefined,
        record,
        membersSkipLobby: await deps.settings.membersSkipLobby(r),
      });
      // Not knocked yet, but would be let in to wait: they see the door too.
      return knock.kind === 'enqueue' ? RoomRole.PARTICIPANT : undefined;
    },

    async admission(actor, r) {
      const record = await deps.lobby.get(r.id, actor.userId);
      const membersSkipLobby = await deps.settings.membersSkipLobby(r);
      const outcome = decideKnock({ actor, room: r, member: undefined, record, membersSkipLobby });
      if (outcome.kind === 'admitted') return 'walk-in';
      return outcome.kind === 'waiting' || outcome.kind === 'enqueue' ? 'lobby' : 'refused';
    },
  };
}
