import { z } from 'zod';
import { OrgId, RoomId, UserId } from './ids.ts';
import { TargetId } from './directory.ts';
import { LocalDate } from './ppt.ts';

export const ConsultId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id')
  .brand<'ConsultId'>();
export type ConsultId = z.infer<typeof ConsultId>;

/** How soon the requester needs an answer; the due time counts Europe/Helsinki working hours. */
export const Urgency = {
  TODAY: 'today',
  THREE_DAYS: '3d',
  SEVEN_DAYS: '7d',
} as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];
export const UrgencySchema = z.enum([Urgency.TODAY, Urgency.THREE_DAYS, Urgency.SEVEN_DAYS]);

export const ConsultState = {
  NEW: 'new',
  ACCEPTED: 'accepted',
  INFO_REQUESTED: 'info_requested',
  ANSWERED: 'answered',
  CLOSED: 'closed',
} as const;
export type ConsultState = (typeof ConsultState)[keyof typeof ConsultState];
export const ConsultStateSchema = z.enum([
  ConsultState.NEW,
  ConsultState.ACCEPTED,
  ConsultState.INFO_REQUESTED,
  ConsultState.ANSWERED,
  ConsultState.CLOSED,
]);

export const ConsultActionKind = {
  CREATE: 'create',
  ACCEPT: 'accept',
  RELEASE: 'release',
  REASSIGN: 'reassign',
  REQUEST_INFO: 'request_info',
  PROVIDE_INFO: 'provide_info',
  ANSWER: 'answer',
  CLOSE: 'close',
  ESCALATE: 'escalate',
} as const;
export type ConsultActionKind = (typeof ConsultActionKind)[keyof typeof ConsultActionKind];
export const ConsultActionKindSchema = z.enum(
  Object.values(ConsultActionKind) as [ConsultActionKind, ...ConsultActionKind[]],
);

export const OutcomeKind = {
  RESOLVED_WITHOUT_REFERRAL: 'resolved_without_referral',
  REFERRAL_RECOMMENDED: 'referral_recommended',
  MORE_INFORMATION_NEEDED: 'more_information_needed',
} as const;
export type OutcomeKind = (typeof OutcomeKind)[keyof typeof OutcomeKind];
export const OutcomeKindSchema = z.enum([
  OutcomeKind.RESOLVED_WITHOUT_REFERRAL,
  OutcomeKind.REFERRAL_RECOMMENDED,
  OutcomeKind.MORE_INFORMATION_NEEDED,
]);

/** How the consultation ended; `referralTeam` is free text (guarded) naming where the client is referred. */
export const ConsultOutcome = z.object({
  kind: OutcomeKindSchema,
  referralTeam: z.string().trim().min(1).max(200).optional(),
});
export type ConsultOutcome = z.infer<typeof ConsultOutcome>;

export const ConsentGiver = {
  CLIENT: 'client',
  GUARDIAN: 'guardian',
  REPRESENTATIVE: 'representative',
} as const;
export type ConsentGiver = (typeof ConsentGiver)[keyof typeof ConsentGiver];
export const ConsentGiverSchema = z.enum([
  ConsentGiver.CLIENT,
  ConsentGiver.GUARDIAN,
  ConsentGiver.REPRESENTATIVE,
]);

/** The recorded consent an identified consultation needs. */
export const Consent = z.object({
  givenBy: ConsentGiverSchema,
  givenOn: LocalDate,
  /** Free text; passed the PII guard. */
  scope: z.string().max(500),
  recordedBy: UserId,
  recordedAt: z.iso.datetime({ offset: true }),
});
export type Consent = z.infer<typeof Consent>;

export const ConsultHistoryEntry = z.object({
  at: z.iso.datetime({ offset: true }),
  action: ConsultActionKindSchema,
  /** Absent for the system (the escalation job). */
  byUserId: UserId.optional(),
  fromState: ConsultStateSchema.optional(),
  toState: ConsultStateSchema,
});
export type ConsultHistoryEntry = z.infer<typeof ConsultHistoryEntry>;

/** Longest question, case summary, message or answer, in characters. */
export const CONSULT_TEXT_MAX = 4000;

/**
 * An e-consultation as parties see it. Its free text has passed the guard. The client reference is never
 * part of it: only the two parties fetch it, separately, and each view is audited.
 */
export const Consult = z.object({
  id: ConsultId,
  orgId: OrgId,
  targetId: TargetId,
  requesterId: UserId,
  ownerId: UserId.optional(),
  state: ConsultStateSchema,
  urgency: UrgencySchema,
  dueAt: z.iso.datetime({ offset: true }),
  question: z.string().max(CONSULT_TEXT_MAX),
  caseSummary: z.string().max(CONSULT_TEXT_MAX),
  isIdentified: z.boolean(),
  hasClientReference: z.boolean(),
  consent: Consent.optional(),
  answer: z.string().max(CONSULT_TEXT_MAX).optional(),
  outcome: ConsultOutcome.optional(),
  /** The thread: an e_consultation room whose chat carries the written conversation. */
  roomId: RoomId,
  callRoomId: RoomId.optional(),
  escalatedAt: z.iso.datetime({ offset: true }).optional(),
  history: z.array(ConsultHistoryEntry),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Consult = z.infer<typeof Consult>;

export const NotificationKind = {
  CONSULT_NEW: 'consult_new',
  CONSULT_ACCEPTED: 'consult_accepted',
  CONSULT_INFO_REQUESTED: 'consult_info_requested',
  CONSULT_INFO_PROVIDED: 'consult_info_provided',
  CONSULT_ANSWERED: 'consult_answered',
  CONSULT_CLOSED: 'consult_closed',
  CONSULT_ESCALATED: 'consult_escalated',
  CONSULT_REASSIGNED: 'consult_reassigned',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const NotificationKindSchema = z.enum(
  Object.values(NotificationKind) as [NotificationKind, ...NotificationKind[]],
);

export const NotificationId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');
export type NotificationId = z.infer<typeof NotificationId>;

/** A notification-centre entry. No free text: the client renders the kind and the target's name. */
export const Notification = z.object({
  id: NotificationId,
  kind: NotificationKindSchema,
  consultId: ConsultId,
  createdAt: z.iso.datetime({ offset: true }),
  isRead: z.boolean(),
});
export type Notification = z.infer<typeof Notification>;
