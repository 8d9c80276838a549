import { timingSafeEqual, createHash } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import type { MediaHealth } from '../media/media.gateway.ts';
import type { Metrics } from '../platform/metrics.ts';
import type { Store } from '../storage/store.ts';

/** Who may read /metrics: anyone who reaches the listener, or only a bearer of the token. */
export interface MetricsAccess {
  token?: string | undefined;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Prometheus text; with a token, a request without `Authorization: Bearer <token>` gets 401. */
export function metricsHandler(metrics: Metrics, access: MetricsAccess): RequestHandler {
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const expected = access.token === undefined ? undefined : digest(access.token);
  return (req, res, next) => {
    if (expected) {
      const sent = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!timingSafeEqual(digest(sent), expected)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        res.status(401).json({ code: 'UNAUTHENTICATED', message: 'metrics need a token' });
        return;
      }
    }
    metrics.registry
      .metrics()
      .then((text) => {
        res.setHeader('Cache-Control', 'no-store');
        res.type(metrics.registry.contentType).send(text);
      })
      .catch(next);
  };
}

/**
 * /healthz: the process is up. /readyz: the store answers and the node is not stopping (load
 * balancers take it out of rotation on 503); video being down degrades the node but keeps it in rotation,
 * since everything but video still works. /metrics: Prometheus text, unless `publicMetrics` is
 * undefined because metrics have their own internal listener.
 */
export function opsRoutes(deps: {
  store: Store;
  metrics: Metrics;
  isClosing: () => boolean;
  media: () => MediaHealth;
  publicMetrics: MetricsAccess | undefined;
}): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: deps.isClosing() ? 'closing' : 'ok' });
  });
  router.get('/readyz', (_req, res) => {
    if (deps.isClosing()) {
      res.status(503).json({ status: 'closing' });
      return;
    }
    deps.store
      .ping()
      .then(() => {
        const media = deps.media();
        res.json({
          status: 'ready',
          store: deps.store.kind,
          media: media.state,
          ...(media.state === 'degraded' ? { mediaReason: media.reason } : {}),
        });
      })
      .catch(() => res.status(503).json({ status: 'store unreachable', store: deps.store.kind }));
  });
  if (deps.publicMetrics) router.get('/metrics', metricsHandler(deps.metrics, deps.publicMetrics));
  return router;
}
