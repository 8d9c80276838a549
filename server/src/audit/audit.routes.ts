import { Router } from 'express';
import { AuditQuery, ErrorCode } from '@konsiili/shared';
import { Action, can } from '../auth/policy.ts';
import { AppError } from '../platform/app-error.ts';
import { parseOrThrow, requireActor, route } from '../transport/http.ts';
import type { AuditService } from './audit.service.ts';

export function auditRoutes(deps: { audit: AuditService }): Router {
  const router = Router();
  router.get(
    '/admin/audit',
    route(async (req, res) => {
      const actor = requireActor(res);
      if (!can(actor, Action.AUDIT_READ, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, 'admins only');
      const query = parseOrThrow(AuditQuery, req.query);
      const entries = await deps.audit.list(actor.orgId, { limit: query.limit, before: query.before });
      const last = entries.at(-1);
      res.json(entries.length === query.limit && last ? { entries, nextBefore: last.id } : { entries });
    }),
  );
  return router;
}
