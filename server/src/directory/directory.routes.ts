import { Router } from 'express';
import {
  DirectoryPeopleQuery,
  SaveTargetRequest,
  SaveTeamRequest,
  TargetId,
  TeamId,
  UpdateDirectoryPersonRequest,
  UserId,
  type DirectoryPeopleList,
  type TargetList,
  type TeamList,
} from '@konsiili/shared';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { DirectoryService } from './directory.service.ts';

export function directoryRoutes(deps: { directory: DirectoryService }): Router {
  const router = Router();
  const { directory } = deps;
  router.get(
    '/directory/people',
    route(async (req, res) => {
      const actor = requireActor(res);
      const body: DirectoryPeopleList = {
        people: await directory.people(actor, parseOrThrow(DirectoryPeopleQuery, req.query)),
      };
      res.json(body);
    }),
  );
  router.put(
    '/directory/people/:userId',
    route(async (req, res) => {
      const actor = requireActor(res);
      const userId = parseOrThrow(UserId, req.params.userId);
      res.json(
        await directory.updatePerson(actor, userId, parseOrThrow(UpdateDirectoryPersonRequest, req.body)),
      );
    }),
  );
  router.get(
    '/directory/teams',
    route(async (_req, res) => {
      const body: TeamList = { teams: await directory.teams(requireActor(res)) };
      res.json(body);
    }),
  );
  router.post(
    '/directory/teams',
    route(async (req, res) => {
      const actor = requireActor(res);
      res
        .status(201)
        .json(await directory.saveTeam(actor, undefined, parseOrThrow(SaveTeamRequest, req.body)));
    }),
  );
  router.put(
    '/directory/teams/:id',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(TeamId, req.params.id);
      res.json(await directory.saveTeam(actor, id, parseOrThrow(SaveTeamRequest, req.body)));
    }),
  );
  router.get(
    '/directory/targets',
    route(async (_req, res) => {
      const body: TargetList = { targets: await directory.targets(requireActor(res)) };
      res.json(body);
    }),
  );
  router.post(
    '/directory/targets',
    route(async (req, res) => {
      const actor = requireActor(res);
      res
        .status(201)
        .json(await directory.saveTarget(actor, undefined, parseOrThrow(SaveTargetRequest, req.body)));
    }),
  );
  router.put(
    '/directory/targets/:id',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(TargetId, req.params.id);
      res.json(await directory.saveTarget(actor, id, parseOrThrow(SaveTargetRequest, req.body)));
    }),
  );
  return router;
}
