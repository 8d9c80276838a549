import { z } from 'zod';
import { OrgId, RoomId, ServiceId, UserId } from './ids.ts';

/** Free text a user typed; the server runs it through the PII guard before storing or sending it. */
export const FreeText = (max: number) => z.string().trim().min(1).max(max);
export const OptionalFreeText = (max: number) => z.string().trim().max(max);

export const SeriesId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single dashes');
export type SeriesId = z.infer<typeof SeriesId>;

export const ItemId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export type ItemId = z.infer<typeof ItemId>;

/** A calendar date in Europe/Helsinki, `YYYY-MM-DD`. */
export const LocalDate = z.iso.date();
/** A wall-clock time in Europe/Helsinki, `HH:mm`. */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');

export const SeriesException = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled'), date: LocalDate }),
  z.object({ kind: z.literal('moved'), date: LocalDate, toDate: LocalDate, toTime: LocalTime }),
]);
export type SeriesException = z.infer<typeof SeriesException>;

/** Client segments a case may be filed under; organisations pick labels from this list. */
export const CLIENT_SEGMENTS = [
  'self-reliant',
  'needs-support',
  'multiple-services',
  'intensive-care',
] as const;
export const ClientSegment = z.enum(CLIENT_SEGMENTS);
export type ClientSegment = z.infer<typeof ClientSegment>;

/** A weekly PPT slot of one health & wellbeing centre. Times are Europe/Helsinki wall-clock. */
export const Series = z.object({
  id: SeriesId,
  orgId: OrgId,
  centreName: z.string().trim().min(1).max(120),
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: z.number().int().min(1).max(7),
  startTime: LocalTime,
  durationMinutes: z.number().int().min(15).max(240),
  timeZone: z.literal('Europe/Helsinki'),
  firstDate: LocalDate,
  exceptions: z.array(SeriesException).max(200),
  requiredServices: z.array(ServiceId).max(30),
  chairId: UserId,
  deputyChairId: UserId.optional(),
  /** Organisation members skip the lobby (the chat issue's lobby reads this). */
  membersSkipLobby: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Series = z.infer<typeof Series>;

export const Occurrence = z.object({
  seriesId: SeriesId,
  /** The date the slot originally falls on; identifies the occurrence even when it is moved. */
  date: LocalDate,
  roomId: RoomId,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  isCancelled: z.boolean(),
  isMoved: z.boolean(),
});
export type Occurrence = z.infer<typeof Occurrence>;

export const ItemKind = z.enum(['case', 'phenomenon']);
export const ItemStatus = z.enum(['queued', 'running', 'done', 'withdrawn', 'deferred']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const Outcome = z.object({
  nextSteps: z.string().max(2000),
  serviceIds: z.array(ServiceId).max(30),
});
export type Outcome = z.infer<typeof Outcome>;

/** One agenda item: an anonymous case or a shared phenomenon, time-boxed alike. */
export const AgendaItem = z.object({
  id: ItemId,
  kind: ItemKind,
  presenterId: UserId,
  presenterServiceId: ServiceId.optional(),
  title: z.string().max(160),
  question: z.string().max(2000),
  segment: ClientSegment.optional(),
  status: ItemStatus,
  startedAt: z.iso.datetime({ offset: true }).optional(),
  finishedAt: z.iso.datetime({ offset: true }).optional(),
  /** Budget fixed when the item starts (remaining time ÷ remaining items), plus extensions. */
  budgetMs: z.number().int().nonnegative().optional(),
  outcome: Outcome.optional(),
  /** Set when the item was deferred from an earlier occurrence; such items go first. */
  carriedFrom: LocalDate.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Declaration = z.object({
  userId: UserId,
  caseCount: z.number().int().min(0).max(20),
  declaredAt: z.iso.datetime({ offset: true }),
});
export type Declaration = z.infer<typeof Declaration>;

export const RaisedHand = z.object({
  userId: UserId,
  raisedAt: z.iso.datetime({ offset: true }),
});
export type RaisedHand = z.infer<typeof RaisedHand>;

export const SessionPhase = z.enum(['opening', 'running', 'ended']);
export type SessionPhase = z.infer<typeof SessionPhase>;

/** The whole live state of one PPT occurrence. `version` grows by one with every change. */
export const PptState = z.object({
  roomId: RoomId,
  seriesId: SeriesId,
  date: LocalDate,
  version: z.number().int().nonnegative(),
  phase: SessionPhase,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  requiredServices: z.array(ServiceId),
  declarations: z.array(Declaration),
  items: z.array(AgendaItem),
  currentItemId: ItemId.optional(),
  /** The speaker list, in the order hands were raised. */
  hands: z.array(RaisedHand),
  floorUserId: UserId.optional(),
  /** Who runs the queue right now: the chair, else the deputy, else whom the organiser named. */
  actingChairId: UserId.optional(),
  endedAt: z.iso.datetime({ offset: true }).optional(),
  /** Set once the chair reorders by hand: new items then go to the end instead of the fair order. */
  isManuallyOrdered: z.boolean().optional(),
  /** Whom the organiser named chair with `session:assign-chair`; acts when neither chair nor deputy is online. */
  assignedChairId: UserId.optional(),
  /** Everyone who was present at some point, and the services they represented (for the summary). */
  attendeeIds: z.array(UserId).optional(),
  presentServices: z.array(ServiceId).optional(),
});
export type PptState = z.infer<typeof PptState>;

export const SessionSummary = z.object({
  roomId: RoomId,
  seriesId: SeriesId,
  date: LocalDate,
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }),
  casesDeclared: z.number().int().nonnegative(),
  casesHandled: z.number().int().nonnegative(),
  casesDeferred: z.number().int().nonnegative(),
  casesWithdrawn: z.number().int().nonnegative(),
  phenomenaHandled: z.number().int().nonnegative(),
  /** Minutes each handled item took, in agenda order. */
  minutesPerItem: z.array(z.object({ itemId: ItemId, kind: ItemKind, minutes: z.number().nonnegative() })),
  servicesPresent: z.array(ServiceId),
  servicesMissing: z.array(ServiceId),
  participantCount: z.number().int().nonnegative(),
  /** No declared case was left waiting or deferred (withdrawn ones needed no turn). */
  everyDeclaredCaseGotTurn: z.boolean(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;
