import { timingSafeEqual } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  MediaRequest,
  RoomId,
  type MediaGrants,
  type MediaLinkClientToServer,
  type MediaLinkServerToClient,
  type MediaResponse,
  type MediaStatus,
} from '@konsiili/shared';
import type { z } from 'zod';
import { MediaError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { PeerLink } from '../peer.ts';
import type { Rooms } from '../routers.ts';
import type { WorkerPool } from '../workers.ts';
import { handlers, type GrantedMethod, type HandlerContext } from './handlers.ts';

type LinkSocket = Socket<MediaLinkClientToServer, MediaLinkServerToClient>;

export interface LinkDeps {
  rooms: Rooms;
  pool: WorkerPool;
  grants: MediaGrants;
  linkToken: string;
  logger: Logger;
  now: () => number;
}

function refusal(error: unknown, logger: Logger, method: string): MediaResponse {
  if (error instanceof MediaError) {
    return {
      ok: false,
      error: error.reason ? { code: error.code, reason: error.reason } : { code: error.code },
    };
  }
  // mediasoup throws TypeError (and UnsupportedError) for parameters it cannot use: the client's fault.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'UnsupportedError')) {
    return { ok: false, error: { code: 'VALIDATION' } };
  }
  logger.error({ err: error, method }, 'media request failed');
  return { ok: false, error: { code: 'INTERNAL' } };
}

function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The internal link: server nodes connect as socket.io clients with the token derived from MEDIA_SECRET and
 * relay browser commands as `media:request`. Every granted method is checked against its grant (signature,
 * expiry, same room, same peer) before it reaches the room.
 */
export function attachLink(http: HttpServer, deps: LinkDeps): Server {
  const io = new Server<MediaLinkClientToServer, MediaLinkServerToClient>(http, {
    serveClient: false,
    maxHttpBufferSize: 256 * 1024,
  });

  io.use((socket, next) => {
    const auth = socket.handshake.auth as { token?: unknown };
    if (sameToken(auth.token, deps.linkToken)) {
      next();
      return;
    }
    deps.logger.warn({ code: 'LINK_REFUSED' }, 'media link with a wrong token');
    next(Object.assign(new Error('unauthorised'), { data: { code: 'UNAUTHENTICATED' } }));
  });

  io.on('connection', (socket: LinkSocket) => {
    const link: PeerLink = { id: socket.id, notify: (n) => socket.emit('media:notify', n) };
    const peersOfLink = new Set<string>();
    deps.logger.info({ linkId: socket.id }, 'server link connected');

    socket.on('media:request', (raw, ack) => {
      if (typeof ack !== 'function') return;
      handle(raw)
        .then(ack)
        .catch((error: unknown) => ack(refusal(error, deps.logger, 'unknown')));
    });

    // The server node is gone (or lost us): its browser sockets are unreachable, so their peers go too. The
    // node tells them media:restart when it is back.
    socket.on('disconnect', () => {
      deps.logger.info({ linkId: socket.id }, 'server link disconnected');
      for (const peerId of peersOfLink) void deps.rooms.closePeer(peerId);
    });

    async function handle(raw: unknown): Promise<MediaResponse> {
      const parsed = MediaRequest.safeParse(raw);
      if (!parsed.success) return { ok: false, error: { code: 'VALIDATION' } };
      const request = parsed.data;
      try {
        if (request.method === 'media:status') return { ok: true, data: status(deps, request.data) };
        if (!request.peerId) throw new MediaError('VALIDATION');
        if (request.method === 'media:close-peer') {
          await deps.rooms.closePeer(request.peerId, request.roomId);
          if (!request.roomId) peersOfLink.delete(request.peerId);
          return { ok: true, data: {} };
        }
        return await granted(request.method, request);
      } catch (error) {
        return refusal(error, deps.logger, request.method);
      }
    }

    async function granted(method: GrantedMethod, request: MediaRequest): Promise<MediaResponse> {
      const { roomId, peerId } = request;
      if (!roomId || !peerId || !request.grant) throw new MediaError('FORBIDDEN');
      const check = await deps.grants.verify(request.grant, { roomId, peerId }, deps.now());
      if (!check.ok) {
        deps.logger.warn({ roomId, peerId, method, code: check.reason }, 'grant refused');
        throw new MediaError('FORBIDDEN', check.reason);
      }
      const h = handlers[method] as {
        schema: z.ZodType<{ roomId: string }>;
        creates?: true;
        run: (ctx: HandlerContext, data: unknown) => unknown;
      };
      const data = h.schema.safeParse(request.data);
      if (!data.success) throw new MediaError('VALIDATION');
      // The payload's room must be the request's room, which the grant was checked against.
      if (data.data.roomId !== roomId) throw new MediaError('FORBIDDEN');
      const result = await deps.rooms.run(RoomId.parse(roomId), h.creates === true, (room) => {
        const peer = room.peers.get(peerId);
        // The role can change during a call (a new chair); the newest grant is the truth.
        if (peer) peer.role = check.grant.role;
        return h.run({ room, peerId, grant: check.grant, link }, data.data);
      });
      if (method === 'media:join') peersOfLink.add(peerId);
      return { ok: true, data: result };
    }
  });
  return io;
}

function status(deps: LinkDeps, data: unknown): MediaStatus {
  let rooms = 0;
  let routers = 0;
  let peers = 0;
  let pipes = 0;
  const asked = (data as { roomId?: unknown } | undefined)?.roomId;
  let roomRouters: number | undefined;
  let roomWorkerPids: number[] | undefined;
  for (const room of deps.rooms.all()) {
    rooms++;
    routers += room.slots.length;
    peers += room.peers.size;
    pipes += room.pipeCount;
    if (room.id === asked) {
      roomRouters = room.slots.length;
      roomWorkerPids = room.slots.map((s) => s.worker.pid);
    }
  }
  return {
    workers: deps.pool.size,
    workerPids: deps.pool.pids(),
    rooms,
    routers,
    peers,
    pipes,
    ...(roomRouters === undefined ? {} : { roomRouters, roomWorkerPids }),
  };
}
