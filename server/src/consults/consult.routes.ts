import { Router } from 'express';
import {
  ConsultActionRequest,
  ConsultCallRequest,
  ConsultFiguresQuery,
  ConsultId,
  ConsultListQuery,
  CreateConsultRequest,
  MarkNotificationsReadRequest,
  type ClientReferenceResponse,
  type ConsultCallResponse,
  type ConsultList,
  type NotificationList,
  type UnreadCount,
} from '@konsiili/shared';
import type { Clock } from '../platform/clock.ts';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { ConsultService } from './consult.service.ts';
import { consultBundle } from './fhir.ts';
import { consultFiguresCsv } from './figures.ts';
import type { NotificationService } from './notification.service.ts';

export function consultRoutes(deps: {
  consults: ConsultService;
  notifications: NotificationService;
  clock: Clock;
}): Router {
  const router = Router();
  const { consults } = deps;
  router.post(
    '/consults',
    route(async (req, res) => {
      const actor = requireActor(res);
      res.status(201).json(await consults.create(actor, parseOrThrow(CreateConsultRequest, req.body)));
    }),
  );
  router.get(
    '/consults',
    route(async (req, res) => {
      const actor = requireActor(res);
      const { box } = parseOrThrow(ConsultListQuery, req.query);
      const body: ConsultList = { consults: await consults.list(actor, box) };
      res.json(body);
    }),
  );
  // Before /consults/:id, which would take "figures" for an id.
  router.get(
    '/consults/figures',
    route(async (req, res) => {
      const actor = requireActor(res);
      res.json(await consults.figures(actor, parseOrThrow(ConsultFiguresQuery, req.query).month));
    }),
  );
  router.get(
    '/consults/figures.csv',
    route(async (req, res) => {
      const actor = requireActor(res);
      const { month } = parseOrThrow(ConsultFiguresQuery, req.query);
      const csv = consultFiguresCsv(await consults.figures(actor, month));
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="consult-figures-${month}.csv"`);
      res.send(csv);
    }),
  );
  router.get(
    '/consults/:id',
    route(async (req, res) => {
      const actor = requireActor(res);
      res.json(await consults.get(actor, parseOrThrow(ConsultId, req.params.id)));
    }),
  );
  router.get(
    '/consults/:id/client-reference',
    route(async (req, res) => {
      const actor = requireActor(res);
      const body: ClientReferenceResponse = {
        clientReference: await consults.clientReference(actor, parseOrThrow(ConsultId, req.params.id)),
      };
      res.setHeader('Cache-Control', 'no-store');
      res.json(body);
    }),
  );
  router.post(
    '/consults/:id/actions',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(ConsultId, req.params.id);
      res.json(await consults.act(actor, id, parseOrThrow(ConsultActionRequest, req.body)));
    }),
  );
  router.post(
    '/consults/:id/call',
    route(async (req, res) => {
      const actor = requireActor(res);
      const id = parseOrThrow(ConsultId, req.params.id);
      const { inviteUserIds } = parseOrThrow(ConsultCallRequest, req.body ?? {});
      const body: ConsultCallResponse = { roomId: await consults.call(actor, id, inviteUserIds) };
      res.json(body);
    }),
  );
  router.get(
    '/consults/:id/fhir',
    route(async (req, res) => {
      const actor = requireActor(res);
      const { consult, target, clientReference } = await consults.exportable(
        actor,
        parseOrThrow(ConsultId, req.params.id),
      );
      res.setHeader('Content-Type', 'application/fhir+json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.send(JSON.stringify(consultBundle(consult, target, { now: deps.clock.now(), clientReference })));
    }),
  );
  router.get(
    '/notifications',
    route(async (_req, res) => {
      const body: NotificationList = await deps.notifications.list(requireActor(res));
      res.json(body);
    }),
  );
  router.post(
    '/notifications/read',
    route(async (req, res) => {
      const actor = requireActor(res);
      const input = parseOrThrow(MarkNotificationsReadRequest, req.body);
      const body: UnreadCount = {
        unreadCount: await deps.notifications.markRead(actor, input.all ? 'all' : (input.ids ?? [])),
      };
      res.json(body);
    }),
  );
  return router;
}
