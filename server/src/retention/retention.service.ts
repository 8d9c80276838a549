import {
  AuditAction,
  DEFAULT_RETENTION,
  ErrorCode,
  RoomKind,
  type OrgId,
  type RetentionPolicy,
} from '@konsiili/shared';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import type { ChatStore } from '../chat/chat.store.ts';
import type { OrganisationStore } from '../orgs/organisation.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { Logger } from '../platform/logger.ts';
import type { PptStore } from '../ppt/ppt.store.ts';
import { caseCutoff, chatCutoff, purgePeriod, withoutFreeText } from './retention.ts';
import type { RetentionStore } from './retention.store.ts';

export interface PurgeReport {
  /** False when another node (or an earlier call) already ran this period's purge. */
  ran: boolean;
  period: string;
  messagesDeleted: number;
  sessionsCleared: number;
}

export interface RetentionService {
  policyFor(orgId: OrgId): Promise<RetentionPolicy>;
  get(actor: Actor): Promise<RetentionPolicy>;
  update(actor: Actor, policy: RetentionPolicy): Promise<RetentionPolicy>;
  /** Runs the purge for `now`'s period unless some node already has. */
  runIfDue(now: Date): Promise<PurgeReport>;
}

const CHAT_KINDS = [RoomKind.PPT_SESSION, RoomKind.KELA_HOUR, RoomKind.E_CONSULTATION] as const;

export function createRetentionService(deps: {
  store: RetentionStore;
  organisations: OrganisationStore;
  chat: ChatStore;
  ppt: PptStore;
  audit: AuditService;
  logger: Logger;
}): RetentionService {
  async function policyFor(orgId: OrgId): Promise<RetentionPolicy> {
    return (await deps.store.getPolicy(orgId)) ?? DEFAULT_RETENTION;
  }

  /** Clears the free text of ended sessions older than the follow-up period; summaries stay. */
  async function clearOldSessions(orgId: OrgId, cutoff: string): Promise<number> {
    let cleared = 0;
    for (const series of await deps.ppt.listSeries(orgId)) {
      for (const summary of await deps.ppt.listSummaries(series.id)) {
        if (summary.endedAt >= cutoff) continue;
        const state = await deps.ppt.getState(summary.roomId);
        const bare = state && withoutFreeText(state);
        // A lost compare-and-set means the state changed under us; the next run takes it.
        if (state && bare && (await deps.ppt.saveState(bare, state.version))) cleared++;
      }
    }
    return cleared;
  }

  return {
    policyFor,

    async get(actor) {
      if (!can(actor, Action.RETENTION_READ, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, 'guests do not read retention settings');
      return policyFor(actor.orgId);
    },

    async update(actor, policy) {
      if (!can(actor, Action.SERVICES_EDIT, { orgId: actor.orgId })) {
        throw new AppError(ErrorCode.FORBIDDEN, 'only organisation admins set retention');
      }
      await deps.store.putPolicy(actor.orgId, policy);
      await deps.audit.record({
        orgId: actor.orgId,
        action: AuditAction.RETENTION_CHANGED,
        actorId: actor.userId,
        details: { ...policy },
      });
      return policy;
    },

    async runIfDue(now) {
      const period = purgePeriod(now);
      const report: PurgeReport = { ran: false, period, messagesDeleted: 0, sessionsCleared: 0 };
      if (!(await deps.store.claimRun(period, now.toISOString()))) return report;
      report.ran = true;
      for (const org of await deps.organisations.list()) {
        const policy = await policyFor(org.id);
        let messages = 0;
        for (const kind of CHAT_KINDS)
          messages += await deps.chat.purge(org.id, kind, chatCutoff(policy, kind, now));
        const sessions = await clearOldSessions(org.id, caseCutoff(policy, now));
        report.messagesDeleted += messages;
        report.sessionsCleared += sessions;
        if (messages + sessions > 0) {
          await deps.audit.record({
            orgId: org.id,
            action: AuditAction.RETENTION_PURGE,
            details: { period, messagesDeleted: messages, sessionsCleared: sessions },
          });
        }
      }
      if (report.messagesDeleted + report.sessionsCleared > 0) await deps.store.scrub();
      deps.logger.info({ ...report }, 'retention purge');
      return report;
    },
  };
}
