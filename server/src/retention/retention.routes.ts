import { Router } from 'express';
import { UpdateRetentionRequest } from '@konsiili/shared';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { RetentionService } from './retention.service.ts';

export function retentionRoutes(deps: { retention: RetentionService }): Router {
  const router = Router();
  router.get(
    '/organisation/retention',
    route(async (_req, res) => {
      res.json({ retention: await deps.retention.get(requireActor(res)) });
    }),
  );
  router.put(
    '/organisation/retention',
    route(async (req, res) => {
      const input = parseOrThrow(UpdateRetentionRequest, req.body);
      res.json({ retention: await deps.retention.update(requireActor(res), input.retention) });
    }),
  );
  return router;
}
