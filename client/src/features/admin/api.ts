import { AuditPage, RetentionSettings, type RetentionPolicy } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export const AUDIT_PAGE_SIZE = 50;

/** Newest first; pass `before` (the previous page's nextBefore) for older entries. 403 for non-admins. */
export function fetchAuditPage(before: string | undefined, signal?: AbortSignal): Promise<AuditPage> {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (before !== undefined) query.set('before', before);
  return request(`/api/admin/audit?${query.toString()}`, AuditPage, signal ? { signal } : {});
}

/** The organisation's retention periods (defaults until an admin sets them). */
export async function fetchRetention(signal?: AbortSignal): Promise<RetentionPolicy> {
  return (await request('/api/organisation/retention', RetentionSettings, signal ? { signal } : {}))
    .retention;
}

export async function saveRetention(retention: RetentionPolicy): Promise<RetentionPolicy> {
  return (
    await request('/api/organisation/retention', RetentionSettings, { method: 'PUT', body: { retention } })
  ).retention;
}
