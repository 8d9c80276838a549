import { Router } from 'express';
import {
  CreateSeriesRequest,
  OccurrenceQuery,
  RoomId,
  SeriesId,
  UpdateSeriesExceptionsRequest,
  type SeriesList,
} from '@konsiili/shared';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { PptService } from './ppt.service.ts';
import type { SeriesService } from './series.service.ts';

export function pptRoutes(deps: { series: SeriesService; ppt: PptService }): Router {
  const router = Router();
  router.post(
    '/series',
    route(async (req, res) => {
      const input = parseOrThrow(CreateSeriesRequest, req.body);
      res.status(201).json(await deps.series.create(requireActor(res), input));
    }),
  );
  router.get(
    '/series',
    route(async (_req, res) => {
      const body: SeriesList = { series: await deps.series.list(requireActor(res)) };
      res.json(body);
    }),
  );
  router.get(
    '/series/:seriesId',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(SeriesId, req.params.seriesId);
      res.json(await deps.series.detail(actor, id, parseOrThrow(OccurrenceQuery, req.query)));
    }),
  );
  router.put(
    '/series/:seriesId/exceptions',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(SeriesId, req.params.seriesId);
      const { exceptions } = parseOrThrow(UpdateSeriesExceptionsRequest, req.body);
      res.json(await deps.series.updateExceptions(actor, id, exceptions));
    }),
  );
  router.get(
    '/series/:seriesId/calendar.ics',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(SeriesId, req.params.seriesId);
      const text = await deps.series.calendar(actor, id);
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="ppt-${id}.ics"`);
      res.send(text);
    }),
  );
  // The calendar's standing link: it leads to whichever occurrence is next. The room itself still
  // checks who may enter, and an occurrence's id is derivable from the series id anyway.
  router.get(
    '/series/:seriesId/join',
    route(async (req, res) => {
      const roomId = await deps.series.nextRoomId(parseOrThrow(SeriesId, req.params.seriesId));
      res.redirect(302, `/rooms/${roomId}`);
    }),
  );
  router.get(
    '/sessions/:roomId/summary',
    route(async (req, res) => {
      const actor = requireActor(res);
      res.json(await deps.ppt.summary(actor, parseOrThrow(RoomId, req.params.roomId)));
    }),
  );
  // UTF-8 with a byte-order mark (see summaryCsv and the README's Exports section).
  router.get(
    '/sessions/:roomId/summary.csv',
    route(async (req, res) => {
      const actor = requireActor(res);
      const roomId = parseOrThrow(RoomId, req.params.roomId);
      const csv = await deps.ppt.summaryCsv(actor, roomId);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="ppt-summary-${roomId}.csv"`);
      res.send(csv);
    }),
  );
  return router;
}
