import type { AuditDetails } from '@konsiili/shared';

/** "role: chair, count: 2" — details are ids, counts and codes by contract, so they are shown as they are. */
export function formatAuditDetails(details: AuditDetails): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
}
