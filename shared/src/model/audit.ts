import { z } from 'zod';
import { AuditId, OrgId, RoomId, UserId } from './ids.ts';

/** Security-relevant events. Entries carry ids and counts, never message text or personal data. */
export const AuditAction = {
  LOGIN: 'login',
  LOGIN_FAILED: 'login_failed',
  LOGOUT: 'logout',
  ROOM_JOIN: 'room_join',
  ROOM_LEAVE: 'room_leave',
  ROLE_CHANGED: 'role_changed',
  INVITATION_CREATED: 'invitation_created',
  INVITATION_USED: 'invitation_used',
  PII_REDACTED: 'pii_redacted',
  SERVICES_CHANGED: 'services_changed',
  MESSAGE_DELETED: 'message_deleted',
  CHAT_TOGGLED: 'chat_toggled',
  RETENTION_PURGE: 'retention_purge',
  RETENTION_CHANGED: 'retention_changed',
  LOBBY_ADMITTED: 'lobby_admitted',
  LOBBY_DECLINED: 'lobby_declined',
  USER_CREATED: 'user_created',
  /** A party read the client reference of an identified e-consultation (details: consultId). */
  CONSULT_CLIENT_REFERENCE_VIEWED: 'consult_client_reference_viewed',
  DIRECTORY_CHANGED: 'directory_changed',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
export const AuditActionSchema = z.enum(Object.values(AuditAction) as [AuditAction, ...AuditAction[]]);

/** Non-identifying facts about an event: roles, counts per PII type, a reason code. */
export const AuditDetails = z.record(
  z.string().max(40),
  z.union([z.string().max(80), z.number(), z.boolean()]),
);
export type AuditDetails = z.infer<typeof AuditDetails>;

export const AuditEntry = z.object({
  id: AuditId,
  orgId: OrgId,
  at: z.iso.datetime({ offset: true }),
  action: AuditActionSchema,
  actorId: UserId.optional(),
  roomId: RoomId.optional(),
  subjectId: UserId.optional(),
  details: AuditDetails,
});
export type AuditEntry = z.infer<typeof AuditEntry>;
