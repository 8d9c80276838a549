import { z } from 'zod';
import { AuditEntry } from '../model/audit.ts';
import { ServiceCatalogue } from '../model/services.ts';
import { RetentionPolicy } from '../model/retention.ts';
import { UserId } from '../model/ids.ts';

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Page backwards: only entries older than this id's entry. */
  before: z.string().max(64).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), nextBefore: z.string().optional() });
export type AuditPage = z.infer<typeof AuditPage>;

/** POST /api/admin/users/:userId/unlock answers 204; the path's id is a UserId. */
export const UnlockAccountParams = z.object({ userId: UserId });
export type UnlockAccountParams = z.infer<typeof UnlockAccountParams>;

export const UpdateServicesRequest = z.object({ services: ServiceCatalogue });
export type UpdateServicesRequest = z.infer<typeof UpdateServicesRequest>;

/** Body of PUT and answer of GET/PUT /api/organisation/retention. */
export const RetentionSettings = z.object({ retention: RetentionPolicy });
export type RetentionSettings = z.infer<typeof RetentionSettings>;
export const UpdateRetentionRequest = RetentionSettings;
export type UpdateRetentionRequest = RetentionSettings;
