import { Router } from 'express';
import type { z } from 'zod';
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
import type { Actor } from '../auth/actor.ts';
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
  saveRoutes(router, '/directory/teams', { id: TeamId, body: SaveTeamRequest }, (actor, id, input) =>
    directory.saveTeam(actor, id, input),
  );
  router.get(
    '/directory/targets',
    route(async (_req, res) => {
      const body: TargetList = { targets: await directory.targets(requireActor(res)) };
      res.json(body);
    }),
  );
  saveRoutes(router, '/directory/targets', { id: TargetId, body: SaveTargetRequest }, (actor, id, input) =>
    directory.saveTarget(actor, id, input),
  );
  return router;
}

/** POST `path` creates (201) and PUT `path/:id` updates: the same save call, without or with the id. */
function saveRoutes<Id extends z.ZodType, Body extends z.ZodType>(
  router: Router,
  path: string,
  schemas: { id: Id; body: Body },
  save: (actor: Actor, id: z.output<Id> | undefined, input: z.output<Body>) => Promise<unknown>,
): void {
  router.post(
    path,
    route(async (req, res) => {
      const actor = requireActor(res);
      res.status(201).json(await save(actor, undefined, parseOrThrow(schemas.body, req.body)));
    }),
  );
  router.put(
    `${path}/:id`,
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(schemas.id, req.params.id);
      res.json(await save(actor, id, parseOrThrow(schemas.body, req.body)));
    }),
  );
}
