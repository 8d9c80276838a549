import type { Server as HttpServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { parse as parseCookie } from 'cookie';
import { Server, type DefaultEventsMap, type Socket } from 'socket.io';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import {
  CloseCode,
  ErrorCode,
  commands,
  type Ack,
  type ClientToServerEvents,
  type CommandName,
  type CommandPayload,
  type CommandResult,
  type ErrorEnvelope,
  type ServerToClientEvents,
} from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { SESSION_COOKIE, type SessionService } from '../auth/session.service.ts';
import { AppError } from '../platform/app-error.ts';
import { userChannelOf } from './channels.ts';
import type { Logger } from '../platform/logger.ts';
import type { Metrics } from '../platform/metrics.ts';

export interface SocketData {
  actor: Actor;
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, DefaultEventsMap, SocketData>;

export interface SocketContext {
  actor: Actor;
  socketId: string;
}

export type CommandHandler<K extends CommandName> = (
  ctx: SocketContext,
  payload: CommandPayload<K>,
) => Promise<CommandResult<K>>;

/** Refused commands in a row before a flooding socket is dropped. */
const REFUSALS_BEFORE_DISCONNECT = 60;

export function createIo(
  http: HttpServer,
  deps: {
    sessions: SessionService;
    logger: Logger;
    metrics: Metrics;
    allowedOrigin: (origin: string, host: string | undefined) => boolean;
  },
): AppServer {
  const io: AppServer = new Server(http, {
    serveClient: false,
    // Sessions ride on the cookie; a cross-site page must not open a socket with it.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      callback(null, origin === undefined || deps.allowedOrigin(origin, req.headers.host));
    },
    connectionStateRecovery: undefined,
    maxHttpBufferSize: 64 * 1024,
  });

  io.use((socket, next) => {
    const cookies = parseCookie(socket.request.headers.cookie ?? '');
    deps.sessions
      .resolve(cookies[SESSION_COOKIE])
      .then((actor) => {
        if (!actor) {
          deps.metrics.errors.inc({ code: ErrorCode.UNAUTHENTICATED, transport: 'socket' });
          const err = new Error('not signed in') as Error & { data: { code: ErrorCode } };
          err.data = { code: ErrorCode.UNAUTHENTICATED };
          next(err);
          return;
        }
        socket.data.actor = actor;
        next();
      })
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'socket authentication failed');
        const err = new Error('internal error') as Error & { data: { code: ErrorCode } };
        err.data = { code: ErrorCode.INTERNAL };
        next(err);
      });
  });

  io.on('connection', (socket) => {
    void socket.join(userChannelOf(socket.data.actor.userId));
    deps.metrics.connectedSockets.inc();
    socket.on('disconnect', () => deps.metrics.connectedSockets.dec());
  });
  return io;
}

function errorAck(
  code: ErrorCode,
  message: string,
  details?: ErrorEnvelope['details'],
): { ok: false; error: ErrorEnvelope } {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/**
 * Registers one command: parse with the shared schema, rate-limit, run, and always answer the ack.
 * Identity comes from socket.data, never from the payload. Unknown failures are logged with a
 * correlation id (no payload) and answered INTERNAL.
 */
export function createCommandRegistrar(deps: {
  logger: Logger;
  metrics: Metrics;
  commandsPerSecond: number;
}) {
  const limiter = new RateLimiterMemory({ points: deps.commandsPerSecond, duration: 1 });
  const refusals = new WeakMap<AppSocket, number>();

  return function handle<K extends CommandName>(
    socket: AppSocket,
    name: K,
    handler: CommandHandler<K>,
  ): void {
    const schema = commands[name].request;
    // Bound once per command: resolving labels on every event is measurable on the chat path.
    const received = deps.metrics.socketEvents.labels({ event: name });
    const latency = deps.metrics.eventLatency.labels({ event: name });
    const listener = async (...args: unknown[]): Promise<void> => {
      const started = performance.now();
      received.inc();
      // socket.io hands the ack over as the last argument, wherever it falls: with extra arguments
      // `(payload, ack)` would take a stray value as the ack and the real callback would never be answered.
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (r: Ack<CommandResult<K>>) => void) : undefined;
      const values = ack ? args.slice(0, -1) : args;
      const reply = (response: Ack<CommandResult<K>>): void => {
        if (!response.ok) deps.metrics.errors.inc({ code: response.error.code, transport: 'socket' });
        latency.observe((performance.now() - started) / 1000);
        if (ack) ack(response);
        else if (!response.ok) {
          // Nobody to answer: the refusal must still leave a trace rather than vanish.
          deps.logger.warn(
            { event: name, socketId: socket.id, code: response.error.code },
            'socket command refused without an acknowledgement callback',
          );
        }
      };

      try {
        await limiter.consume(socket.id);
        refusals.delete(socket);
      } catch {
        const count = (refusals.get(socket) ?? 0) + 1;
        refusals.set(socket, count);
        reply(errorAck(ErrorCode.RATE_LIMITED, 'too many commands', { retryAfterMs: 1000 }));
        if (count >= REFUSALS_BEFORE_DISCONNECT) {
          deps.logger.warn(
            { event: name, socketId: socket.id, close: CloseCode.RATE_LIMITED },
            'socket flooded, disconnecting',
          );
          socket.disconnect(true);
        }
        return;
      }

      if (values.length !== 1) {
        reply(
          errorAck(ErrorCode.VALIDATION, 'invalid arguments', {
            issues: [{ path: [], message: `expected 1 payload argument, got ${values.length}` }],
          }),
        );
        return;
      }
      const parsed = schema.safeParse(values[0]);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({
          path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
          message: i.message,
        }));
        reply(errorAck(ErrorCode.VALIDATION, 'invalid payload', { issues }));
        return;
      }
      try {
        const data = await handler(
          { actor: socket.data.actor, socketId: socket.id },
          parsed.data as CommandPayload<K>,
        );
        reply({ ok: true, data });
      } catch (error) {
        if (error instanceof AppError) {
          reply(errorAck(error.code, error.message, error.details));
          return;
        }
        const correlationId = randomUUID();
        deps.logger.error(
          { err: error, event: name, correlationId, userId: socket.data.actor.userId },
          'socket command failed',
        );
        reply(errorAck(ErrorCode.INTERNAL, 'internal error', { correlationId }));
      }
    };
    socket.on(name as never, listener as never);
  };
}

export type CommandRegistrar = ReturnType<typeof createCommandRegistrar>;
