import { Router } from 'express';
import type { Metrics } from '../platform/metrics.ts';
import type { Store } from '../storage/store.ts';

/**
 * /healthz: the process is up. /readyz: the store answers and the node is not stopping (load
 * balancers take it out of rotation on 503). /metrics: Prometheus text.
 */
export function opsRoutes(deps: { store: Store; metrics: Metrics; isClosing: () => boolean }): Router {
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
      .then(() => res.json({ status: 'ready', store: deps.store.kind }))
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
