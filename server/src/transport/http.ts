import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type RequestHandler } from 'express';
import { parse as parseCookie } from 'cookie';
import type { z } from 'zod';
import { ErrorCode, type ErrorEnvelope } from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { SESSION_COOKIE, type SessionService } from '../auth/session.service.ts';
import { AppError, HTTP_STATUS } from '../platform/app-error.ts';
import type { Logger } from '../platform/logger.ts';
import type { Metrics } from '../platform/metrics.ts';

/** What the auth middleware leaves on res.locals for route handlers. */
export interface AuthLocals {
  actor?: Actor;
  sessionSecret?: string;
}

export function sessionSecretOf(req: Request): string | undefined {
  return parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
}

/** Resolves the session cookie on every request; routes that need a user call requireActor(). */
export function authenticate(sessions: SessionService): RequestHandler {
  return (req, res, next) => {
    const secret = sessionSecretOf(req);
    if (!secret) {
      next();
      return;
    }
    sessions
      .resolve(secret)
      .then((actor) => {
        const locals = res.locals as AuthLocals;
        if (actor) {
          locals.actor = actor;
          locals.sessionSecret = secret;
        }
        next();
      })
      .catch(next);
  };
}

export function requireActor(res: Response): Actor {
  const actor = (res.locals as AuthLocals).actor;
  if (!actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'sign in first');
  return actor;
}

export function optionalActor(res: Response): Actor | undefined {
  return (res.locals as AuthLocals).actor;
}

function issuesOf(error: z.ZodError): { path: (string | number)[]; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}

/** Parses a value with a shared schema or throws VALIDATION with the failing paths. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError(ErrorCode.VALIDATION, 'invalid request', { issues: issuesOf(parsed.error) });
  return parsed.data;
}

/** Wraps an async route so thrown errors reach the error middleware. */
export function route(fn: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    fn(req, res).catch(next);
  };
}

/** State-changing requests must come from our own origin (defence in depth beside SameSite cookies). */
export function sameOrigin(allowed: (origin: string, host: string | undefined) => boolean): RequestHandler {
  return (req, _res, next) => {
    const origin = req.headers.origin;
    if (
      req.method === 'GET' ||
      req.method === 'HEAD' ||
      origin === undefined ||
      allowed(origin, req.headers.host)
    ) {
      next();
      return;
    }
    next(new AppError(ErrorCode.FORBIDDEN, 'cross-origin request refused'));
  };
}

/** Counts requests by route pattern (never the raw URL: invitation tokens live in paths). */
export function observe(metrics: Metrics, logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.on('finish', () => {
      const routePath = (req.route as { path?: string } | undefined)?.path;
      const pattern = routePath
        ? `${req.baseUrl}${routePath}`
        : req.path.startsWith('/api')
          ? 'unmatched'
          : 'static';
      metrics.httpRequests.inc({ route: pattern, status: String(res.statusCode) });
      if (pattern !== 'static') {
        logger.debug(
          {
            method: req.method,
            route: pattern,
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
          },
          'http',
        );
      }
    });
    next();
  };
}

export function sendError(res: Response, envelope: ErrorEnvelope): void {
  res.status(HTTP_STATUS[envelope.code]).json(envelope);
}

/** The last middleware: only known codes reach the client; anything else is INTERNAL with an id. */
export function errorMiddleware(deps: { logger: Logger; metrics: Metrics }) {
  return (error: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    let envelope: ErrorEnvelope;
    if (error instanceof AppError) {
      envelope = {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      };
    } else if (isBodyParserError(error)) {
      envelope = {
        code: ErrorCode.VALIDATION,
        message: error.status === 413 ? 'request body too large' : 'request body is not valid JSON',
      };
    } else {
      const correlationId = randomUUID();
      deps.logger.error({ err: error, correlationId }, 'http request failed');
      envelope = { code: ErrorCode.INTERNAL, message: 'internal error', details: { correlationId } };
    }
    deps.metrics.errors.inc({ code: envelope.code, transport: 'http' });
    if (res.headersSent) return;
    sendError(res, envelope);
  };
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    'status' in error &&
    typeof (error as { status: unknown }).status === 'number'
  );
}

/** Vite names every file under assets/ by its content hash, so a cached copy can never go stale. */
const HASHED_ASSETS = '/assets/';

/**
 * Serves the built client, with index.html for client-side routes. Hashed assets are cached for a
 * year; source maps are served only when asked (they would hand out the source in production).
 */
export function clientApp(
  distPath: string,
  options: { serveSourceMaps: boolean } = { serveSourceMaps: false },
): RequestHandler | undefined {
  // CLIENT_DIST may be relative (the default is); sendFile needs an absolute path.
  const dist = path.resolve(distPath);
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return undefined;
  const router = express.Router();
  if (!options.serveSourceMaps) {
    router.get(/\.map$/, (_req, res) => {
      res.status(404).json({ code: ErrorCode.NOT_FOUND, message: 'not found' });
    });
  }
  router.use(
    HASHED_ASSETS,
    express.static(path.join(dist, 'assets'), {
      index: false,
      immutable: true,
      maxAge: '365d',
    }),
  );
  router.use(express.static(dist, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/api\/|\/socket\.io\/|\/metrics|\/healthz|\/readyz).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
