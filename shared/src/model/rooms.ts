import { z } from 'zod';
import { OrgId, RoomId, ServiceId, UserId } from './ids.ts';
import { RoomRoleSchema } from './roles.ts';
import { DisplayName, Profession } from './people.ts';

/** Rooms come in several kinds; each kind brings its own state and moderators. */
export const RoomKind = {
  PPT_SESSION: 'ppt_session',
  E_CONSULTATION: 'e_consultation',
  KELA_HOUR: 'kela_hour',
} as const;
export type RoomKind = (typeof RoomKind)[keyof typeof RoomKind];
export const RoomKindSchema = z.enum([RoomKind.PPT_SESSION, RoomKind.E_CONSULTATION, RoomKind.KELA_HOUR]);

export const RoomStatus = {
  SCHEDULED: 'scheduled',
  OPEN: 'open',
  CLOSED: 'closed',
} as const;
export type RoomStatus = (typeof RoomStatus)[keyof typeof RoomStatus];
export const RoomStatusSchema = z.enum([RoomStatus.SCHEDULED, RoomStatus.OPEN, RoomStatus.CLOSED]);

export const Room = z.object({
  id: RoomId,
  orgId: OrgId,
  kind: RoomKindSchema,
  title: z.string().trim().min(1).max(160),
  status: RoomStatusSchema,
  /** ISO 8601 instant; absent for rooms without a schedule (written e-consultations). */
  startsAt: z.iso.datetime({ offset: true }).optional(),
  durationMinutes: z.number().int().min(5).max(480).optional(),
  createdBy: UserId,
  createdAt: z.iso.datetime({ offset: true }),
});
export type Room = z.infer<typeof Room>;

export const RoomMember = z.object({
  roomId: RoomId,
  userId: UserId,
  role: RoomRoleSchema,
  displayName: DisplayName,
  profession: Profession,
  serviceId: ServiceId.optional(),
});
export type RoomMember = z.infer<typeof RoomMember>;
