import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ErrorCode, MediaUnavailableReason, type Room, type RoomId } from '@konsiili/shared';
import { auditRoutes } from './audit/audit.routes.ts';
import { createAuditService } from './audit/audit.service.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { registerChatHandlers } from './chat/chat.handlers.ts';
import { registerLobbyHandlers } from './lobby/lobby.handlers.ts';
import type { MediaGateway } from './media/media.gateway.ts';
import { registerMediaHandlers } from './media/media.handlers.ts';
import { createMediaService } from './media/media.service.ts';
import { unavailableMedia } from './media/unavailable-media.gateway.ts';
import { chatRetentionDays } from './retention/retention.ts';
import { retentionRoutes } from './retention/retention.routes.ts';
import { createRetentionService, type RetentionService } from './retention/retention.service.ts';
import { createLobbyService } from './lobby/lobby.service.ts';
import { createChatService } from './chat/chat.service.ts';
import { createAuthService } from './auth/auth.service.ts';
import { createLocalPasswordProvider } from './auth/local-password.provider.ts';
import { createSessionService } from './auth/session.service.ts';
import { organisationRoutes } from './orgs/organisation.routes.ts';
import { createOrganisationService } from './orgs/organisation.service.ts';
import { AppError } from './platform/app-error.ts';
import type { Clock } from './platform/clock.ts';
import type { Logger } from './platform/logger.ts';
import { newId } from './platform/ids.ts';
import { createMetrics, type Metrics } from './platform/metrics.ts';
import { registerPptHandlers } from './ppt/ppt.handlers.ts';
import { pptRoutes } from './ppt/ppt.routes.ts';
import { createPptService } from './ppt/ppt.service.ts';
import { createSeriesService } from './ppt/series.service.ts';
import { findOrProvision } from './rooms/room-access.ts';
import { registerRoomHandlers } from './rooms/room.handlers.ts';
import { roomRoutes } from './rooms/room.routes.ts';
import { createRoomService } from './rooms/room.service.ts';
import type { Store } from './storage/store.ts';
import { createSocketBroadcaster, createSocketChannels } from './transport/channels.ts';
import { authenticate, clientApp, errorMiddleware, observe, sameOrigin } from './transport/http.ts';
import { opsRoutes } from './transport/ops.routes.ts';
import { createCommandRegistrar, createIo, type AppServer } from './transport/socket.ts';

export interface AppDeps {
  store: Store;
  logger: Logger;
  clock: Clock;
  /** Signs invitations and pseudonymises failed-login keys. */
  secret: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy?: boolean;
  /** Base URL for links the server hands out; defaults to the listening address. */
  publicUrl?: string | undefined;
  clientDist?: string | undefined;
  /** Set to share rooms across nodes through Redis pub/sub. */
  redisAdapterUrl?: string | undefined;
  collectDefaultMetrics?: boolean;
  /** Per-user chat limit (default 10 per 10 s) and per-socket command limit (default 30 per s). */
  chatMessagesPer10s?: number;
  socketCommandsPerSecond?: number;
  /** How often to check whether today's retention purge has run; unset: never (tests call it). */
  retentionCheckMs?: number | undefined;
  /**
   * The line to the media process and the MEDIA_SECRET its grants are signed with; unset: video is
   * unavailable (NO_WORKER). The gateway is closed with the app.
   */
  media?: { gateway: MediaGateway; secret: string } | undefined;
}

export interface App {
  http: HttpServer;
  io: AppServer;
  metrics: Metrics;
  /** The retention purge; the scheduler calls runIfDue, tests call it with their own clock. */
  retention: RetentionService;
  /** Starts listening; resolves the bound port. */
  listen(port: number, host: string): Promise<number>;
  /** Graceful stop: refuse new work, tell clients, close sockets, flush the store. */
  close(): Promise<void>;
}

export function createApp(deps: AppDeps): App {
  const { store, logger, clock } = deps;
  const metrics = createMetrics({ collectDefaults: deps.collectDefaultMetrics ?? false });
  const express_ = express();
  express_.disable('x-powered-by');
  if (deps.trustProxy) express_.set('trust proxy', 1);
  const http = createServer(express_);

  let publicUrl = deps.publicUrl;
  const allowedOrigin = (origin: string, host: string | undefined): boolean => {
    if (publicUrl && origin === new URL(publicUrl).origin) return true;
    try {
      return host !== undefined && new URL(origin).host === host;
    } catch {
      return false;
    }
  };

  const sessions = createSessionService({
    sessions: store.sessions,
    users: store.users,
    clock,
    ttlHours: deps.sessionTtlHours,
  });
  const io = createIo(http, { sessions, logger, metrics, allowedOrigin });
  const audit = createAuditService({ store: store.audit, clock });
  const broadcaster = createSocketBroadcaster(io);
  const retention = createRetentionService({
    store: store.retention,
    organisations: store.organisations,
    chat: store.chat,
    ppt: store.ppt,
    audit,
    logger,
  });
  const chat = createChatService({
    chat: store.chat,
    rooms: store.rooms,
    broadcaster,
    audit,
    clock,
    messagesPer10s: deps.chatMessagesPer10s ?? 10,
    rateLimiters: store.rateLimiters,
    retentionDays: async (orgId, kind) => chatRetentionDays(await retention.policyFor(orgId), kind),
  });
  const channels = createSocketChannels(io);
  const series = createSeriesService({
    store: store.ppt,
    rooms: store.rooms,
    users: store.users,
    broadcaster,
    clock,
    newId,
    publicUrl: () => publicUrl ?? '',
  });
  const loadRoom = (roomId: RoomId): Promise<Room | undefined> =>
    findOrProvision(store.rooms, series, roomId);
  const lobby = createLobbyService({
    lobby: store.lobby,
    rooms: store.rooms,
    users: store.users,
    organisations: store.organisations,
    loadRoom,
    settings: series,
    broadcaster,
    audit,
    clock,
  });
  const rooms = createRoomService({
    rooms: store.rooms,
    users: store.users,
    channels,
    provisioner: series,
    gate: lobby,
    broadcaster,
    audit,
    clock,
  });
  const ppt = createPptService({
    store: store.ppt,
    series,
    rooms: store.rooms,
    channels,
    broadcaster,
    audit,
    clock,
    logger,
    newId,
    gate: lobby,
  });
  rooms.onPresenceChanged((roomId) => void ppt.presenceChanged(roomId));
  const organisations = createOrganisationService({ store: store.organisations, audit });
  const auth = createAuthService({
    provider: createLocalPasswordProvider(store.users),
    sessions,
    users: store.users,
    organisations: store.organisations,
    rooms: store.rooms,
    audit,
    clock,
    secret: deps.secret,
    loadRoom,
    lobby,
    publicUrl: () => publicUrl ?? '',
  });

  const mediaGateway = deps.media?.gateway ?? unavailableMedia(MediaUnavailableReason.NO_WORKER);
  const media = createMediaService({
    gateway: mediaGateway,
    rooms: store.rooms,
    actingChairId: async (roomId) => (await store.ppt.getState(roomId))?.actingChairId,
    emit: (socketIds, event, payload) => {
      if (socketIds.length > 0) (io.to(socketIds).emit as (e: string, p: unknown) => boolean)(event, payload);
    },
    // Without a media process no grant is ever checked; any secret will do.
    secret: deps.media?.secret ?? deps.secret,
    clock,
    logger,
  });

  let isClosing = false;
  express_.use(observe(metrics, logger));
  express_.use(opsRoutes({ store, metrics, isClosing: () => isClosing, media: () => media.health() }));

  const api = express.Router();
  api.use(express.json({ limit: '64kb' }));
  api.use(sameOrigin(allowedOrigin));
  api.use(authenticate(sessions));
  api.use(authRoutes({ auth, cookieSecure: deps.cookieSecure, rateLimiters: store.rateLimiters }));
  api.use(roomRoutes({ rooms }));
  api.use(pptRoutes({ series, ppt }));
  api.use(auditRoutes({ audit }));
  api.use(organisationRoutes({ organisations }));
  api.use(retentionRoutes({ retention }));
  api.use((_req, _res, next) => {
    next(new AppError(ErrorCode.NOT_FOUND, 'no such endpoint'));
  });
  express_.use('/api', api);
  const client = deps.clientDist ? clientApp(deps.clientDist) : undefined;
  if (client) express_.use(client);
  express_.use(errorMiddleware({ logger, metrics }));

  const handle = createCommandRegistrar({
    logger,
    metrics,
    commandsPerSecond: deps.socketCommandsPerSecond ?? 30,
  });
  // Entering a call costs a burst of commands (transports, producers, a consume and a resume per remote
  // producer), so media commands get a budget of their own, ten times the general one.
  const mediaHandle = createCommandRegistrar({
    logger,
    metrics,
    commandsPerSecond: (deps.socketCommandsPerSecond ?? 30) * 10,
  });
  io.on('connection', (socket) => {
    registerRoomHandlers(socket, handle, rooms);
    registerPptHandlers(socket, handle, ppt);
    registerChatHandlers(socket, handle, chat);
    registerLobbyHandlers(socket, handle, lobby);
    registerMediaHandlers(socket, mediaHandle, media);
  });

  const redisClients: { quit(): Promise<unknown> }[] = [];
  let retentionTimer: NodeJS.Timeout | undefined;
  const runRetention = (): void => {
    retention.runIfDue(clock.now()).catch((error: unknown) => {
      logger.error({ err: error }, 'retention purge failed');
    });
  };

  return {
    http,
    io,
    metrics,
    retention,
    async listen(port, host) {
      if (deps.redisAdapterUrl) {
        const { attachRedisAdapter } = await import('./transport/redis-adapter.ts');
        redisClients.push(...(await attachRedisAdapter(io, deps.redisAdapterUrl)));
      }
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve();
        });
      });
      const bound = (http.address() as AddressInfo).port;
      if (deps.retentionCheckMs) {
        // Every node checks; the store lets only one of them run each day's purge.
        retentionTimer = setInterval(runRetention, deps.retentionCheckMs);
        retentionTimer.unref();
        setTimeout(runRetention, 5_000).unref();
      }
      publicUrl ??= `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
      return bound;
    },
    async close() {
      if (isClosing) return;
      isClosing = true;
      clearInterval(retentionTimer);
      io.emit('server:shutting-down', { reconnectAfterMs: 1000 });
      // io.close() disconnects every socket and closes the HTTP server; idle keep-alive
      // connections would otherwise hold the process open.
      await new Promise<void>((resolve) => {
        void io.close(() => resolve());
        http.closeIdleConnections();
      });
      http.closeAllConnections();
      await Promise.allSettled([...redisClients.map((c) => c.quit()), mediaGateway.close()]);
      await store.close();
    },
  };
}
