import {
  AuditAction,
  ErrorCode,
  RoomRole,
  type ItemId,
  type Outcome,
  type PptState,
  type QueueAddPhenomenon,
  type QueueEditItem,
  type QueueSnapshot,
  type Room,
  type RoomId,
  type RoomMember,
  type SessionEnter,
  type SessionSummary,
  type UserId,
} from '@konsiili/shared';
import { guardFreeText } from '@konsiili/shared/guard';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import { findOrProvision, requireEntry, type RoomGate } from '../rooms/room-access.ts';
import type { RoomChannels } from '../rooms/room-channels.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import { actingChairOf } from './chair.ts';
import { nextHeldOccurrenceAfter, parseOccurrenceRoomId } from './occurrences.ts';
import * as ppt from './ppt.ts';
import type { PptStore } from './ppt.store.ts';
import { untilSaved } from './compare-and-set.ts';
import { announceQueueChange, saveMoveAndAnnounce } from './queue-announce.ts';
import type { SeriesService } from './series.service.ts';
import { summarise, summaryCsv } from './summary.ts';

type Ok = Promise<{ version: number }>;

export interface PptService {
  enter(actor: Actor, input: SessionEnter): Promise<QueueSnapshot>;
  sync(actor: Actor, roomId: RoomId): Promise<QueueSnapshot>;
  declare(actor: Actor, input: { roomId: RoomId; caseCount: number; topics: string[] }): Ok;
  addPhenomenon(actor: Actor, input: QueueAddPhenomenon): Ok;
  editItem(actor: Actor, input: QueueEditItem): Ok;
  reorder(actor: Actor, roomId: RoomId, itemIds: ItemId[]): Ok;
  start(actor: Actor, roomId: RoomId, itemId: ItemId | undefined): Ok;
  extend(actor: Actor, roomId: RoomId, minutes: number): Ok;
  finish(actor: Actor, roomId: RoomId, outcome: Outcome | undefined): Ok;
  withdraw(actor: Actor, roomId: RoomId, itemId: ItemId): Ok;
  defer(actor: Actor, roomId: RoomId, itemId: ItemId): Ok;
  raiseHand(actor: Actor, roomId: RoomId): Ok;
  lowerHand(actor: Actor, roomId: RoomId, userId: UserId | undefined): Ok;
  giveFloor(actor: Actor, roomId: RoomId, userId: UserId): Ok;
  clearHands(actor: Actor, roomId: RoomId): Ok;
  assignChair(actor: Actor, roomId: RoomId, userId: UserId): Ok;
  end(actor: Actor, roomId: RoomId): Promise<SessionSummary>;
  summary(actor: Actor, roomId: RoomId): Promise<SessionSummary>;
  summaryCsv(actor: Actor, roomId: RoomId): Promise<string>;
  /** Presence in a room changed: recompute the acting chair and attendance. Never throws. */
  presenceChanged(roomId: RoomId): Promise<void>;
}

const VIOLATION_CODES: Partial<Record<ppt.Violation, ErrorCode>> = {
  ITEM_NOT_FOUND: ErrorCode.NOT_FOUND,
  ORDER_MISMATCH: ErrorCode.VALIDATION,
};

interface Session {
  room: Room;
  member: RoomMember | undefined;
  series: Awaited<ReturnType<SeriesService['occurrenceOfRoom']>>['series'];
  occurrence: Awaited<ReturnType<SeriesService['occurrenceOfRoom']>>['occurrence'];
}

export function createPptService(deps: {
  store: PptStore;
  series: SeriesService;
  rooms: RoomStore;
  channels: RoomChannels;
  broadcaster: Broadcaster;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  newId: () => string;
  /** The lobby: entering a session makes somebody a member, so it asks the same door as room:join. */
  gate?: RoomGate;
}): PptService {
  async function session(actor: Actor | undefined, roomId: RoomId): Promise<Session> {
    const { series, occurrence } = await deps.series.occurrenceOfRoom(roomId);
    const room = await findOrProvision(deps.rooms, deps.series, roomId);
    if (!room) throw new AppError(ErrorCode.NOT_FOUND, 'session not found');
    const member = actor ? await deps.rooms.getMember(roomId, actor.userId) : undefined;
    return { room, member, series, occurrence };
  }

  async function loadState(s: Session): Promise<PptState> {
    return (
      (await deps.store.getState(s.room.id)) ?? ppt.initialState(s.occurrence, s.series.requiredServices)
    );
  }

  function snapshot(state: PptState): QueueSnapshot {
    return { state, serverNow: deps.clock.now().toISOString() };
  }

  function refusal(violation: ppt.Violation): AppError {
    return new AppError(VIOLATION_CODES[violation] ?? ErrorCode.CONFLICT, 'refused by a session rule', {
      reason: violation,
    });
  }

  /**
   * Load → authorise → apply → compare-and-set, retried when another node (or command) saved in
   * between, so every change applies to the state it was decided on. Broadcasts what changed.
   */
  async function mutate<R extends ppt.PptResult>(
    s: Session,
    authorise: ((state: PptState) => boolean) | undefined,
    apply: (state: PptState) => R,
  ): Promise<{ state: PptState; result: Exclude<R, { violation: ppt.Violation }> }> {
    return untilSaved(async () => {
      const before = await loadState(s);
      if (authorise && !authorise(before)) throw new AppError(ErrorCode.FORBIDDEN, 'not allowed');
      const result = apply(before);
      if (ppt.isViolation(result)) throw refusal(result.violation);
      const change = result as Exclude<R, { violation: ppt.Violation }>;
      if (change.state.version === before.version) return { done: { state: before, result: change } };
      if (!(await deps.store.saveState(change.state, before.version))) return 'lost';
      announceQueueChange(deps, s.room.id, change);
      return { done: { state: change.state, result: change } };
    });
  }

  /**
   * Defers an item into the next occurrence with one all-or-nothing save of both states. A crash or a
   * lost race leaves neither changed (and a lost race is retried on fresh states), so the case is never
   * marked deferred here without its copy there, and a retry that finds it deferred already is refused
   * instead of carrying it twice.
   */
  async function handOver(
    s: Session,
    target: Session,
    authorise: (state: PptState) => boolean,
    itemId: ItemId,
  ): Promise<PptState> {
    return untilSaved(async () => {
      const [here, there] = await Promise.all([loadState(s), loadState(target)]);
      if (!authorise(here)) throw new AppError(ErrorCode.FORBIDDEN, 'not allowed');
      const result = ppt.deferToNext(here, there, itemId, deps.clock.now(), deps.newId);
      if (ppt.isViolation(result)) throw refusal(result.violation);
      if (!(await saveMoveAndAnnounce(deps, { here, there }, result))) return 'lost';
      return { done: result.here.state };
    });
  }

  function allowed(
    actor: Actor,
    action: Action,
    s: Session,
    extra: {
      presenterId?: UserId | undefined;
      subjectId?: UserId | undefined;
    } = {},
  ) {
    return (state: PptState): boolean =>
      can(actor, action, {
        room: s.room,
        member: s.member,
        ppt: { actingChairId: state.actingChairId, ...extra },
      });
  }

  /** Every free text goes through the guard; the audit log learns how much was redacted, never what. */
  async function guard(actor: Actor, s: Session, texts: readonly string[]): Promise<string[]> {
    const counts: Record<string, number> = {};
    const guarded = texts.map((text) => {
      if (text === '') return text;
      const result = guardFreeText(text);
      for (const [type, count] of Object.entries(result.counts)) counts[type] = (counts[type] ?? 0) + count;
      return result.text;
    });
    if (Object.keys(counts).length > 0) {
      await deps.audit.record({
        orgId: s.room.orgId,
        action: AuditAction.PII_REDACTED,
        actorId: actor.userId,
        roomId: s.room.id,
        details: counts,
      });
    }
    return guarded;
  }

  async function chairCommand(actor: Actor, roomId: RoomId, apply: (state: PptState) => ppt.PptResult): Ok {
    const s = await session(actor, roomId);
    const { state } = await mutate(s, allowed(actor, Action.PPT_CHAIR, s), apply);
    return { version: state.version };
  }

  async function participantCommand(
    actor: Actor,
    roomId: RoomId,
    apply: (state: PptState, s: Session) => ppt.PptResult,
  ): Ok {
    const s = await session(actor, roomId);
    const { state } = await mutate(s, allowed(actor, Action.PPT_PARTICIPATE, s), (st) => apply(st, s));
    return { version: state.version };
  }

  const presenter = (actor: Actor, s: Session): ppt.Presenter => ({
    userId: actor.userId,
    serviceId: s.member?.serviceId,
  });

  async function recomputePresence(s: Session): Promise<void> {
    const [online, members] = await Promise.all([
      deps.channels.onlineUserIds(s.room.id),
      deps.rooms.listMembers(s.room.id),
    ]);
    const present = members
      .filter((m) => online.has(m.userId))
      .map((m) => ({ userId: m.userId, serviceId: m.serviceId }));
    await mutate(s, undefined, (state) =>
      ppt.recordPresence(state, {
        actingChairId: actingChairOf(
          {
            chairId: s.series.chairId,
            deputyChairId: s.series.deputyChairId,
            assignedChairId: state.assignedChairId,
          },
          online,
        ),
        present,
      }),
    );
  }

  async function memberUpdated(roomId: RoomId, member: RoomMember): Promise<void> {
    const online = await deps.channels.onlineUserIds(roomId);
    deps.broadcaster.toRoom(roomId, 'room:member-updated', {
      roomId,
      member: { ...member, isOnline: online.has(member.userId) },
    });
  }

  async function summaryOf(
    actor: Actor,
    roomId: RoomId,
  ): Promise<{ state: PptState; summary: SessionSummary }> {
    const s = await session(actor, roomId);
    if (!can(actor, Action.PPT_SUMMARY_READ, { room: s.room, member: s.member }))
      throw new AppError(ErrorCode.FORBIDDEN, 'not allowed to read this summary');
    const state = await deps.store.getState(roomId);
    if (!state || state.phase !== 'ended' || state.endedAt === undefined)
      throw new AppError(ErrorCode.NOT_FOUND, 'the session has not ended');
    // The stored summary is the filed one; a crash between the two writes is healed from the state.
    const summary = (await deps.store.getSummary(roomId)) ?? summarise(state, state.endedAt);
    return { state, summary };
  }

  return {
    async enter(actor, input) {
      const s = await session(actor, input.roomId);
      if (!s.member) await requireEntry(deps.gate, actor, s.room);
      if (!s.member && !can(actor, Action.ROOM_JOIN, { room: s.room, member: s.member }))
        throw new AppError(ErrorCode.FORBIDDEN, 'not allowed in this room');
      const member: RoomMember = {
        ...(s.member ?? { roomId: input.roomId, userId: actor.userId, role: RoomRole.PARTICIPANT }),
        displayName: input.displayName,
        profession: input.profession,
        serviceId: input.serviceId,
      };
      await deps.rooms.putMember(member);
      await memberUpdated(input.roomId, member);
      await recomputePresence({ ...s, member });
      return snapshot(await loadState(s));
    },

    async sync(actor, roomId) {
      const s = await session(actor, roomId);
      if (!can(actor, Action.ROOM_VIEW, { room: s.room, member: s.member }))
        throw new AppError(ErrorCode.FORBIDDEN, 'not allowed in this room');
      return snapshot(await loadState(s));
    },

    async declare(actor, input) {
      const s = await session(actor, input.roomId);
      const topics = await guard(actor, s, input.topics);
      const { state } = await mutate(s, allowed(actor, Action.PPT_PARTICIPATE, s), (st) =>
        ppt.declareCases(
          st,
          presenter(actor, s),
          { caseCount: input.caseCount, topics },
          deps.clock.now(),
          deps.newId,
        ),
      );
      return { version: state.version };
    },

    async addPhenomenon(actor, input) {
      const s = await session(actor, input.roomId);
      const [title = ''] = await guard(actor, s, [input.title]);
      const { state } = await mutate(s, allowed(actor, Action.PPT_PARTICIPATE, s), (st) =>
        ppt.addPhenomenon(st, presenter(actor, s), title, deps.newId),
      );
      return { version: state.version };
    },

    async editItem(actor, input) {
      const s = await session(actor, input.roomId);
      const [title, question] = await guard(actor, s, [input.title ?? '', input.question ?? '']);
      const authorise = (st: PptState): boolean =>
        allowed(actor, Action.PPT_EDIT_ITEM, s, {
          presenterId: st.items.find((i) => i.id === input.itemId)?.presenterId,
        })(st);
      const { state } = await mutate(s, authorise, (st) =>
        ppt.editItem(st, input.itemId, {
          title: input.title === undefined ? undefined : title,
          question: input.question === undefined ? undefined : question,
          segment: input.segment,
        }),
      );
      return { version: state.version };
    },

    reorder: (actor, roomId, itemIds) => chairCommand(actor, roomId, (st) => ppt.reorderQueue(st, itemIds)),
    start: (actor, roomId, itemId) =>
      chairCommand(actor, roomId, (st) => ppt.startItem(st, itemId, deps.clock.now())),
    extend: (actor, roomId, minutes) => chairCommand(actor, roomId, (st) => ppt.extendItem(st, minutes)),

    async finish(actor, roomId, outcome) {
      const s = await session(actor, roomId);
      const guarded = outcome
        ? { ...outcome, nextSteps: (await guard(actor, s, [outcome.nextSteps]))[0] ?? '' }
        : undefined;
      const { state } = await mutate(s, allowed(actor, Action.PPT_CHAIR, s), (st) =>
        ppt.finishItem(st, guarded, deps.clock.now()),
      );
      return { version: state.version };
    },

    async withdraw(actor, roomId, itemId) {
      const s = await session(actor, roomId);
      const authorise = (st: PptState): boolean =>
        allowed(actor, Action.PPT_EDIT_ITEM, s, {
          presenterId: st.items.find((i) => i.id === itemId)?.presenterId,
        })(st);
      const { state } = await mutate(s, authorise, (st) => ppt.withdrawItem(st, itemId, deps.clock.now()));
      return { version: state.version };
    },

    async defer(actor, roomId, itemId) {
      const s = await session(actor, roomId);
      const authorise = allowed(actor, Action.PPT_CHAIR, s);
      const next = nextHeldOccurrenceAfter(s.series, s.occurrence.date);
      if (!next) {
        const { state } = await mutate(s, authorise, (st) => ppt.deferItem(st, itemId, deps.clock.now()));
        return { version: state.version };
      }
      // The next occurrence's state may not exist yet; the save against version 0 creates it.
      const target: Session = {
        room: { ...s.room, id: next.roomId },
        member: undefined,
        series: s.series,
        occurrence: next,
      };
      return { version: (await handOver(s, target, authorise, itemId)).version };
    },

    raiseHand: (actor, roomId) =>
      participantCommand(actor, roomId, (st) => ppt.raiseHand(st, actor.userId, deps.clock.now())),

    async lowerHand(actor, roomId, userId) {
      const s = await session(actor, roomId);
      const subjectId = userId ?? actor.userId;
      const { state } = await mutate(s, allowed(actor, Action.PPT_LOWER_HAND, s, { subjectId }), (st) =>
        ppt.lowerHand(st, subjectId),
      );
      return { version: state.version };
    },

    giveFloor: (actor, roomId, userId) => chairCommand(actor, roomId, (st) => ppt.giveFloor(st, userId)),
    clearHands: (actor, roomId) => chairCommand(actor, roomId, (st) => ppt.clearHands(st)),

    async assignChair(actor, roomId, userId) {
      const s = await session(actor, roomId);
      const current = await loadState(s);
      if (!allowed(actor, Action.PPT_ASSIGN_CHAIR, s)(current))
        throw new AppError(ErrorCode.FORBIDDEN, 'only organisers name the chair');
      const before = await deps.rooms.getMember(roomId, userId);
      if (!before) throw new AppError(ErrorCode.NOT_FOUND, 'not a member of this room');
      const updated = await deps.rooms.setRole(roomId, userId, RoomRole.CHAIR);
      if (!updated) throw new AppError(ErrorCode.NOT_FOUND, 'not a member of this room');
      await memberUpdated(roomId, updated);
      await deps.audit.record({
        orgId: s.room.orgId,
        action: AuditAction.ROLE_CHANGED,
        actorId: actor.userId,
        roomId,
        subjectId: userId,
        details: { from: before.role, to: updated.role },
      });
      await mutate(s, undefined, (st) => ppt.assignChair(st, userId));
      await recomputePresence(s);
      return { version: (await loadState(s)).version };
    },

    async end(actor, roomId) {
      const s = await session(actor, roomId);
      const { result } = await mutate(s, allowed(actor, Action.PPT_CHAIR, s), (st) =>
        ppt.endSession(st, deps.clock.now()),
      );
      await deps.store.putSummary(result.summary);
      deps.broadcaster.toRoom(roomId, 'session:ended', { roomId, summary: result.summary });
      return result.summary;
    },

    async summary(actor, roomId) {
      return (await summaryOf(actor, roomId)).summary;
    },

    async summaryCsv(actor, roomId) {
      return summaryCsv((await summaryOf(actor, roomId)).state);
    },

    async presenceChanged(roomId) {
      // Every join and leave of every room lands here; a room whose id is no occurrence's is answered
      // without a store read or an exception.
      if (!parseOccurrenceRoomId(roomId)) return;
      try {
        const s = await session(undefined, roomId);
        await recomputePresence(s);
      } catch (error) {
        // Rooms that are not PPT occurrences have no session state.
        if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return;
        deps.logger.error({ err: error, roomId }, 'ppt presence update failed');
      }
    },
  };
}
