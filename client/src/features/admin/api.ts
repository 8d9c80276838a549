import { AuditPage } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export const AUDIT_PAGE_SIZE = 50;

/** Newest first; pass `before` (the previous page's nextBefore) for older entries. 403 for non-admins. */
export function fetchAuditPage(before: string | undefined, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (before !== undefined) query.set('before', before);
  return request(`/api/admin/audit?${query.toString()}`, AuditPage, signal ? { signal } : {});
}
