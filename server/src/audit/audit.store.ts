import type { AuditEntry, OrgId } from '@konsiili/shared';

/** Port: the append-only audit log. There is deliberately no update or delete. */
export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /**
   * Entries of one organisation, newest first. `before` is an entry id: only older entries are
   * returned. Ids are time-ordered, so paging is stable while new entries arrive.
   */
  list(orgId: OrgId, query: { limit: number; before?: string }): Promise<AuditEntry[]>;
}
