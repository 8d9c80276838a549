import { guardFreeText } from '@konsiili/shared/guard';
import { AuditAction, ErrorCode, type Organisation, type ServiceCatalogue } from '@konsiili/shared';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import { AppError } from '../platform/app-error.ts';
import type { OrganisationStore } from './organisation.store.ts';

export interface OrganisationService {
  get(actor: Actor): Promise<Organisation>;
  updateServices(actor: Actor, services: ServiceCatalogue): Promise<Organisation>;
}

export function createOrganisationService(deps: {
  store: OrganisationStore;
  audit: AuditService;
}): OrganisationService {
  async function load(actor: Actor): Promise<Organisation> {
    const org = await deps.store.get(actor.orgId);
    if (!org) throw new AppError(ErrorCode.NOT_FOUND, 'organisation not found');
    return org;
  }
  return {
    get: load,
    async updateServices(actor, services) {
      if (!can(actor, Action.SERVICES_EDIT, { orgId: actor.orgId })) {
        throw new AppError(ErrorCode.FORBIDDEN, 'only organisation admins edit the catalogue');
      }
      const ids = new Set(services.map((s) => s.id));
      if (ids.size !== services.length)
        throw new AppError(ErrorCode.VALIDATION, 'duplicate service ids', { reason: 'DUPLICATE_SERVICE' });
      // Service names are typed by an admin and shown to everyone: they pass the guard like any free text.
      const named = services.map((service) => ({
        ...service,
        name: {
          fi: guardFreeText(service.name.fi).text,
          sv: guardFreeText(service.name.sv).text,
          en: guardFreeText(service.name.en).text,
        },
      }));
      await deps.store.updateServices(actor.orgId, named);
      await deps.audit.record({
        orgId: actor.orgId,
        action: AuditAction.SERVICES_CHANGED,
        actorId: actor.userId,
        details: { count: services.length },
      });
      return load(actor);
    },
  };
}
