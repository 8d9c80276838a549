import { z } from 'zod';
import { RoomId, ServiceId, UserId } from '../model/ids.ts';
import { DisplayName, Profession } from '../model/people.ts';
import {
  ClientSegment,
  FreeText,
  ItemId,
  OptionalFreeText,
  Outcome,
  PptState,
  SessionSummary,
} from '../model/ppt.ts';
import { command } from './define.ts';

const InRoom = { roomId: RoomId };

/** Prejoin: who I am in this session and which service I represent (remembered by the client). */
export const SessionEnter = z.object({
  ...InRoom,
  displayName: DisplayName,
  profession: Profession,
  serviceId: ServiceId,
});
export type SessionEnter = z.infer<typeof SessionEnter>;

/** The full PPT state plus the server's clock, so timers agree across clients. */
export const QueueSnapshot = z.object({ state: PptState, serverNow: z.iso.datetime({ offset: true }) });
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

export const QueueSync = z.object(InRoom);

/** Opening round: the number of cases I bring, with an optional one-line anonymous topic each. */
export const QueueDeclare = z.object({
  ...InRoom,
  caseCount: z.number().int().min(0).max(20),
  topics: z.array(OptionalFreeText(120)).max(20).default([]),
});
export type QueueDeclare = z.input<typeof QueueDeclare>;

export const QueueAddPhenomenon = z.object({ ...InRoom, title: FreeText(160) });
export type QueueAddPhenomenon = z.infer<typeof QueueAddPhenomenon>;

/** The presenter (or the chair) fills in the case card. */
export const QueueEditItem = z.object({
  ...InRoom,
  itemId: ItemId,
  title: OptionalFreeText(160).optional(),
  question: OptionalFreeText(2000).optional(),
  segment: ClientSegment.optional(),
});
export type QueueEditItem = z.infer<typeof QueueEditItem>;

/** The new order of the waiting items; must list exactly the waiting items. */
export const QueueReorder = z.object({ ...InRoom, itemIds: z.array(ItemId).max(200) });
export type QueueReorder = z.infer<typeof QueueReorder>;

/** Start the given waiting item, or the first one. Ends the opening round. */
export const QueueStart = z.object({ ...InRoom, itemId: ItemId.optional() });
export type QueueStart = z.infer<typeof QueueStart>;

export const QueueExtend = z.object({ ...InRoom, minutes: z.number().int().min(1).max(30) });
export type QueueExtend = z.infer<typeof QueueExtend>;

export const QueueFinish = z.object({ ...InRoom, outcome: Outcome.optional() });
export type QueueFinish = z.infer<typeof QueueFinish>;

export const QueueItemCommand = z.object({ ...InRoom, itemId: ItemId });
export type QueueItemCommand = z.infer<typeof QueueItemCommand>;

export const QueueRaiseHand = z.object(InRoom);
/** Lowers my own hand, or (chair) somebody else's. */
export const QueueLowerHand = z.object({ ...InRoom, userId: UserId.optional() });
export const QueueGiveFloor = z.object({ ...InRoom, userId: UserId });
export const QueueClearHands = z.object(InRoom);

export const SessionAssignChair = z.object({ ...InRoom, userId: UserId });
export const SessionEnd = z.object(InRoom);

/**
 * A change to the PPT state: the top-level fields that changed, and the version they lead to.
 * A client whose version is not `version - 1` has missed something and sends `queue:sync`.
 */
export const QueueUpdated = z.object({
  roomId: RoomId,
  version: z.number().int().positive(),
  changes: PptState.partial().omit({ roomId: true, version: true }),
  /** Optional top-level fields the change removed (e.g. `currentItemId` after a finish); JSON has no undefined. */
  cleared: z.array(PptState.keyof()).optional(),
  serverNow: z.iso.datetime({ offset: true }),
});
export type QueueUpdated = z.infer<typeof QueueUpdated>;

export const SessionEnded = z.object({ roomId: RoomId, summary: SessionSummary });
export type SessionEnded = z.infer<typeof SessionEnded>;

const Ok = z.object({ version: z.number().int() });

export const queueCommands = {
  /** Prejoin: set my name, profession and service for this session; acks the snapshot. */
  'session:enter': command(SessionEnter, QueueSnapshot),
  /** The full state (on join and after a gap in versions). */
  'queue:sync': command(QueueSync, QueueSnapshot),
  'queue:declare': command(QueueDeclare, Ok),
  'queue:add-phenomenon': command(QueueAddPhenomenon, Ok),
  'queue:edit-item': command(QueueEditItem, Ok),
  /** Chair or deputy only, as are start/extend/finish/withdraw/defer/give-floor/clear-hands. */
  'queue:reorder': command(QueueReorder, Ok),
  'queue:start': command(QueueStart, Ok),
  'queue:extend': command(QueueExtend, Ok),
  'queue:finish': command(QueueFinish, Ok),
  'queue:withdraw': command(QueueItemCommand, Ok),
  'queue:defer': command(QueueItemCommand, Ok),
  'queue:raise-hand': command(QueueRaiseHand, Ok),
  'queue:lower-hand': command(QueueLowerHand, Ok),
  'queue:give-floor': command(QueueGiveFloor, Ok),
  'queue:clear-hands': command(QueueClearHands, Ok),
  /** The organiser (or the acting chair) names the chair when neither chair nor deputy is present. */
  'session:assign-chair': command(SessionAssignChair, Ok),
  /** Ends the session and files its summary; chair or deputy. */
  'session:end': command(SessionEnd, SessionSummary),
} as const;

export const queueEvents = {
  'queue:updated': QueueUpdated,
  'session:ended': SessionEnded,
} as const;
