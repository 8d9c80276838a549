import {
  ErrorCode,
  commands,
  mediaGrants,
  type CommandPayload,
  type CommandResult,
  type MediaCommandName,
  type MediaEventName,
  type MediaRestartReason,
  type RoomId,
  type UserId,
} from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import type { MediaGateway, MediaHealth } from './media.gateway.ts';

/** How long a grant is good for: one request's round trip with ample slack, not a session. */
const GRANT_TTL_MS = 30_000;

/** Commands only the room's moderators may send (MEDIA_MODERATE); the rest need MEDIA_JOIN. */
const MODERATION: ReadonlySet<MediaCommandName> = new Set([
  'media:mute',
  'media:mute-all',
  'media:lock-unmute',
]);

/** Port: emit a server event to browser sockets by id (on any node, through the adapter). */
export type SocketEmitter = (socketIds: string[], event: MediaEventName, payload: unknown) => void;

export interface MediaService {
  /** Authorises the actor for the room and relays the command to the media process with a fresh grant. */
  relay<K extends MediaCommandName>(
    actor: Actor,
    socketId: string,
    name: K,
    payload: CommandPayload<K> & { roomId: RoomId },
  ): Promise<CommandResult<K>>;
  /** The socket left the room (room:leave): its peer there is closed. Never throws. */
  leftRoom(socketId: string, roomId: RoomId): Promise<void>;
  /** The socket disconnected: its peers in every room are closed. Never throws. */
  socketGone(socketId: string): Promise<void>;
  health(): MediaHealth;
}

export function createMediaService(deps: {
  gateway: MediaGateway;
  rooms: Pick<RoomStore, 'get' | 'getMember'>;
  /** The live PPT session's acting chair, who moderates like the chair. */
  actingChairId: (roomId: RoomId) => Promise<UserId | undefined>;
  emit: SocketEmitter;
  secret: string;
  clock: Clock;
  logger: Logger;
}): MediaService {
  const grants = mediaGrants(deps.secret);
  // socket id → rooms it joined media in, on this node; what to close on disconnect and to restart on a reset.
  const joined = new Map<string, Set<RoomId>>();

  deps.gateway.onNotify((n) => deps.emit(n.peerIds, n.event, n.payload));
  deps.gateway.onReset(() => {
    const reason: MediaRestartReason = 'MEDIA_RESTARTED';
    for (const [socketId, roomIds] of joined) {
      for (const roomId of roomIds) deps.emit([socketId], 'media:restart', { roomId, reason });
    }
    joined.clear();
  });

  async function authorise(actor: Actor, roomId: RoomId, name: MediaCommandName) {
    const room = await deps.rooms.get(roomId);
    if (!room) throw new AppError(ErrorCode.NOT_FOUND, 'room not found');
    const member = await deps.rooms.getMember(roomId, actor.userId);
    const target = {
      room,
      member,
      ppt: room.kind === 'ppt_session' ? { actingChairId: await deps.actingChairId(roomId) } : undefined,
    };
    if (!can(actor, Action.MEDIA_JOIN, target)) throw new AppError(ErrorCode.FORBIDDEN, 'not in this call');
    const isModerator = can(actor, Action.MEDIA_MODERATE, target);
    if (MODERATION.has(name) && !isModerator) {
      throw new AppError(ErrorCode.FORBIDDEN, 'only the room moderators may do this');
    }
    return isModerator ? 'moderator' : 'participant';
  }

  async function closePeer(socketId: string, roomId?: RoomId): Promise<void> {
    try {
      await deps.gateway.request('media:close-peer', { peerId: socketId, roomId, data: {} });
    } catch (error) {
      if (!(error instanceof AppError)) deps.logger.warn({ err: error, roomId }, 'media close-peer failed');
    }
  }

  return {
    async relay(actor, socketId, name, payload) {
      const roomId = payload.roomId;
      const role = await authorise(actor, roomId, name);
      const grant = await grants.mint({
        roomId,
        userId: actor.userId,
        peerId: socketId,
        role,
        exp: deps.clock.now().getTime() + GRANT_TTL_MS,
      });
      const answer = await deps.gateway.request(name, { roomId, peerId: socketId, grant, data: payload });
      if (!answer.ok) {
        const { code, reason } = answer.error;
        throw new AppError(code, 'media refused', reason ? { reason } : undefined);
      }
      if (name === 'media:join') {
        const rooms = joined.get(socketId) ?? new Set<RoomId>();
        rooms.add(roomId);
        joined.set(socketId, rooms);
      } else if (name === 'media:leave') {
        joined.get(socketId)?.delete(roomId);
      }
      const parsed = commands[name].response.safeParse(answer.data);
      if (!parsed.success) {
        deps.logger.error({ event: name, roomId }, 'media answer did not match the protocol');
        throw new AppError(ErrorCode.INTERNAL, 'malformed media answer');
      }
      return parsed.data as CommandResult<typeof name>;
    },
    async leftRoom(socketId, roomId) {
      const rooms = joined.get(socketId);
      if (!rooms?.delete(roomId)) return;
      await closePeer(socketId, roomId);
    },
    async socketGone(socketId) {
      if (!joined.delete(socketId)) return;
      await closePeer(socketId);
    },
    health: () => deps.gateway.health(),
  };
}
