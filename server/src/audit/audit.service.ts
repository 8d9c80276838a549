import {
  AuditId,
  type AuditAction,
  type AuditDetails,
  type AuditEntry,
  type OrgId,
  type RoomId,
  type UserId,
} from '@konsiili/shared';
import type { Clock } from '../platform/clock.ts';
import { newId } from '../platform/ids.ts';
import type { AuditStore } from './audit.store.ts';

export interface AuditRecord {
  orgId: OrgId;
  action: AuditAction;
  actorId?: UserId | undefined;
  roomId?: RoomId | undefined;
  subjectId?: UserId | undefined;
  /** Ids, roles, codes and counts only. No text, names or contact data. */
  details?: AuditDetails;
}

export interface AuditService {
  record(record: AuditRecord): Promise<void>;
  list(orgId: OrgId, query: { limit: number; before?: string | undefined }): Promise<AuditEntry[]>;
}

export function createAuditService(deps: { store: AuditStore; clock: Clock }): AuditService {
  return {
    async record(record) {
      const entry: AuditEntry = {
        id: AuditId.parse(newId()),
        orgId: record.orgId,
        at: deps.clock.now().toISOString(),
        action: record.action,
        details: record.details ?? {},
        ...(record.actorId ? { actorId: record.actorId } : {}),
        ...(record.roomId ? { roomId: record.roomId } : {}),
        ...(record.subjectId ? { subjectId: record.subjectId } : {}),
      };
      await deps.store.append(entry);
    },
    list(orgId, query) {
      return deps.store.list(
        orgId,
        query.before === undefined ? { limit: query.limit } : { limit: query.limit, before: query.before },
      );
    },
  };
}
