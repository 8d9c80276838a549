import { z } from 'zod';

// Ids are opaque, URL-safe and short; the brand stops a RoomId being passed where a UserId is meant.
const idString = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

export const OrgId = idString.brand<'OrgId'>();
export type OrgId = z.infer<typeof OrgId>;
export const UserId = idString.brand<'UserId'>();
export type UserId = z.infer<typeof UserId>;
export const RoomId = idString.brand<'RoomId'>();
export type RoomId = z.infer<typeof RoomId>;
export const ServiceId = idString.brand<'ServiceId'>();
export type ServiceId = z.infer<typeof ServiceId>;
export const AuditId = idString.brand<'AuditId'>();
export type AuditId = z.infer<typeof AuditId>;
