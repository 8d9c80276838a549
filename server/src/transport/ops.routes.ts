import { Router } from 'express';
import type { MediaHealth } from '../media/media.gateway.ts';
import type { Metrics } from '../platform/metrics.ts';
import type { Store } from '../storage/store.ts';

/**
 * /healthz: the process is up. /readyz: the store answers and the node is not stopping (load
 * balancers take it out of rotation on 503); video being down degrades the node but keeps it in rotation,
 * since everything but video still works. /metrics: Prometheus text.
 */
export function opsRoutes(deps: {
  store: Store;
  metrics: Metrics;
  isClosing: () => boolean;
  media: () => MediaHealth;
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
  router.get('/metrics', (_req, res, next) => {
    deps.metrics.registry
      .metrics()
      .then((text) => {
        res.type(deps.metrics.registry.contentType).send(text);
      })
      .catch(next);
  });
  return router;
}
