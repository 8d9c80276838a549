import { z } from 'zod';
import { RoomId, UserId } from '../model/ids.ts';
import { TargetId } from '../model/directory.ts';
import {
  CONSULT_TEXT_MAX,
  ConsentGiverSchema,
  Consult,
  Notification,
  NotificationId,
  ConsultOutcome,
  UrgencySchema,
} from '../model/consults.ts';
import { LocalDate } from '../model/ppt.ts';

const ConsultText = z.string().trim().min(1).max(CONSULT_TEXT_MAX);

/** The client reference (e.g. a record number the parties agree on); encrypted at rest, never broadcast. */
export const ClientReference = z.string().trim().min(1).max(200);

/** POST /api/consults. Anonymous unless `identification` is given; identifying needs the consent. */
export const CreateConsultRequest = z.object({
  targetId: TargetId,
  urgency: UrgencySchema,
  question: ConsultText,
  caseSummary: ConsultText,
  identification: z
    .object({
      clientReference: ClientReference,
      consent: z.object({
        givenBy: ConsentGiverSchema,
        givenOn: LocalDate,
        scope: z.string().trim().min(1).max(500),
      }),
    })
    .optional(),
});
export type CreateConsultRequest = z.infer<typeof CreateConsultRequest>;

export const ConsultBox = {
  /** Mine as requester. */
  REQUESTED: 'requested',
  /** Waiting in the pools I belong to. */
  POOL: 'pool',
  /** Mine as owner. */
  OWNED: 'owned',
  /** Everything of the pools I lead (org staff: the whole organisation). */
  ALL: 'all',
} as const;
export type ConsultBox = (typeof ConsultBox)[keyof typeof ConsultBox];

export const ConsultListQuery = z.object({
  box: z.enum([ConsultBox.REQUESTED, ConsultBox.POOL, ConsultBox.OWNED, ConsultBox.ALL]).default('requested'),
});
export type ConsultListQuery = z.input<typeof ConsultListQuery>;

export const ConsultList = z.object({ consults: z.array(Consult) });
export type ConsultList = z.infer<typeof ConsultList>;

export const ClientReferenceResponse = z.object({ clientReference: ClientReference });
export type ClientReferenceResponse = z.infer<typeof ClientReferenceResponse>;

/** POST /api/consults/:id/actions. FORBIDDEN or CONFLICT per the transition table. */
export const ConsultActionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('release') }),
  z.object({ action: z.literal('reassign'), toUserId: UserId }),
  z.object({ action: z.literal('request_info'), message: ConsultText }),
  z.object({ action: z.literal('provide_info'), message: ConsultText }),
  z.object({ action: z.literal('answer'), answer: ConsultText }),
  z.object({ action: z.literal('close'), outcome: ConsultOutcome }),
]);
export type ConsultActionRequest = z.infer<typeof ConsultActionRequest>;

/** POST /api/consults/:id/call: at most one extra person (e.g. the client's social worker). */
export const ConsultCallRequest = z.object({ inviteUserIds: z.array(UserId).max(1).default([]) });
export type ConsultCallRequest = z.input<typeof ConsultCallRequest>;
export const ConsultCallResponse = z.object({ roomId: RoomId });
export type ConsultCallResponse = z.infer<typeof ConsultCallResponse>;

export const ConsultFiguresQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
});
export type ConsultFiguresQuery = z.infer<typeof ConsultFiguresQuery>;

export const ConsultFiguresRow = z.object({
  targetId: TargetId,
  targetName: z.string(),
  requests: z.number().int().nonnegative(),
  /** Absent when nothing was answered that month. */
  medianFirstAnswerHours: z.number().nonnegative().optional(),
  p90FirstAnswerHours: z.number().nonnegative().optional(),
  /** 0..1; absent when there were no requests. */
  answeredWithinDueShare: z.number().min(0).max(1).optional(),
  /** 0..1 of the closed ones; absent when none was closed. */
  resolvedWithoutReferralShare: z.number().min(0).max(1).optional(),
});
export type ConsultFiguresRow = z.infer<typeof ConsultFiguresRow>;

export const ConsultFigures = z.object({ month: z.string(), rows: z.array(ConsultFiguresRow) });
export type ConsultFigures = z.infer<typeof ConsultFigures>;

export const NotificationList = z.object({
  notifications: z.array(Notification),
  unreadCount: z.number().int().nonnegative(),
});
export type NotificationList = z.infer<typeof NotificationList>;

/** POST /api/notifications/read: the given ids, or all of them. */
export const MarkNotificationsReadRequest = z
  .object({ ids: z.array(NotificationId).max(500).optional(), all: z.literal(true).optional() })
  .refine((v) => v.ids !== undefined || v.all === true, { message: 'ids or all' });
export type MarkNotificationsReadRequest = z.infer<typeof MarkNotificationsReadRequest>;

export const UnreadCount = z.object({ unreadCount: z.number().int().nonnegative() });
export type UnreadCount = z.infer<typeof UnreadCount>;
