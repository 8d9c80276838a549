import { Router } from 'express';
import { UpdateServicesRequest } from '@konsiili/shared';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { OrganisationService } from './organisation.service.ts';

export function organisationRoutes(deps: { organisations: OrganisationService }): Router {
  const router = Router();
  router.get(
    '/organisation',
    route(async (_req, res) => {
      res.json(await deps.organisations.get(requireActor(res)));
    }),
  );
  router.put(
    '/organisation/services',
    route(async (req, res) => {
      const input = parseOrThrow(UpdateServicesRequest, req.body);
      res.json(await deps.organisations.updateServices(requireActor(res), input.services));
    }),
  );
  return router;
}
