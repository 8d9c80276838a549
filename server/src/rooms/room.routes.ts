import { Router } from 'express';
import { RoomId } from '@konsiili/shared';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { RoomService } from './room.service.ts';

export function roomRoutes(deps: { rooms: RoomService }): Router {
  const router = Router();
  router.get(
    '/home',
    route(async (_req, res) => {
      res.json(await deps.rooms.home(requireActor(res)));
    }),
  );
  router.get(
    '/rooms/:roomId',
    route(async (req, res) => {
      res.json(await deps.rooms.summary(requireActor(res), parseOrThrow(RoomId, req.params.roomId)));
    }),
  );
  return router;
}
