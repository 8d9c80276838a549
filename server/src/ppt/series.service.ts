import { guardFreeText } from '@konsiili/shared/guard';
import {
  ErrorCode,
  RoomKind,
  RoomRole,
  RoomStatus,
  type Occurrence,
  type Room,
  type RoomId,
  type Series,
  type SeriesDetail,
  type SeriesException,
  type SeriesId,
  type UserId,
} from '@konsiili/shared';
import type { z } from 'zod';
import type { CreateSeriesRequest } from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import type { UserStore } from '../auth/user.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import type { RoomProvisioner } from '../rooms/room-access.ts';
import { DuplicateKeyError } from '../storage/store.ts';
import { seriesCalendar } from './calendar.ts';
import {
  exceptionDates,
  isSlotDate,
  nextHeldOccurrence,
  nextHeldOccurrenceAfter,
  occurrenceOn,
  occurrenceRoomSchedule,
  occurrencesFrom,
  parseOccurrenceRoomId,
  upcomingOccurrences,
} from './occurrences.ts';
import { carryQueuedOnward, initialState, rescheduleSession } from './ppt.ts';
import type { PptStore } from './ppt.store.ts';
import { untilSaved } from './compare-and-set.ts';
import { announceQueueChange, saveMoveAndAnnounce } from './queue-announce.ts';

export type CreateSeriesInput = z.output<typeof CreateSeriesRequest>;

export interface SeriesService extends RoomProvisioner {
  create(actor: Actor, input: CreateSeriesInput): Promise<Series>;
  list(actor: Actor): Promise<Series[]>;
  detail(
    actor: Actor,
    id: SeriesId,
    query: { from?: string | undefined; count: number },
  ): Promise<SeriesDetail>;
  /**
   * Replaces the series' exceptions. Occurrences that already have a room or a session follow at once:
   * the room takes the new start time (a cancelled one is closed), an open session its new times, and
   * clients in the room hear `room:updated` and `queue:updated`.
   */
  updateExceptions(actor: Actor, id: SeriesId, exceptions: SeriesException[]): Promise<Series>;
  calendar(actor: Actor, id: SeriesId): Promise<string>;
  /** Where the series' standing link leads now: the next occurrence that takes place. */
  nextRoomId(id: SeriesId): Promise<RoomId>;
  /** The series and occurrence behind an occurrence room id; NOT_FOUND for any other room. */
  occurrenceOfRoom(roomId: RoomId): Promise<{ series: Series; occurrence: Occurrence }>;
  /** The lobby asks: do the organisation's own members skip it here? Rooms outside a series: yes. */
  membersSkipLobby(room: Room): Promise<boolean>;
}

/** The room of one occurrence, as lazy provisioning (and the demo seed) creates it. */
export function occurrenceRoom(series: Series, occurrence: Occurrence, now: Date): Room {
  return {
    id: occurrence.roomId,
    orgId: series.orgId,
    kind: RoomKind.PPT_SESSION,
    title: `PPT-konsultaatio – ${series.centreName}`,
    status: RoomStatus.SCHEDULED,
    startsAt: occurrence.startsAt,
    durationMinutes: series.durationMinutes,
    createdBy: series.chairId,
    createdAt: now.toISOString(),
  };
}

/** Creates the occurrence's room with the chair and deputy as members; tolerates a concurrent creation. */
export async function provisionOccurrence(
  deps: { rooms: RoomStore; users: UserStore },
  series: Series,
  occurrence: Occurrence,
  now: Date,
): Promise<Room> {
  const room = occurrenceRoom(series, occurrence, now);
  try {
    await deps.rooms.create(room);
  } catch (error) {
    // Two joins raced; the other one created it (and adds the chairs).
    const existing = await deps.rooms.get(room.id);
    if (existing) return existing;
    throw error;
  }
  const chairs: [UserId, RoomRole][] = [[series.chairId, RoomRole.CHAIR]];
  if (series.deputyChairId) chairs.push([series.deputyChairId, RoomRole.DEPUTY_CHAIR]);
  for (const [userId, role] of chairs) {
    const user = await deps.users.findById(userId);
    if (!user) continue;
    await deps.rooms.putMember({
      roomId: room.id,
      userId,
      role,
      displayName: user.displayName,
      profession: user.profession,
      ...(user.services[0] ? { serviceId: user.services[0] } : {}),
    });
  }
  return room;
}

export function createSeriesService(deps: {
  store: PptStore;
  rooms: RoomStore;
  users: UserStore;
  broadcaster: Broadcaster;
  clock: Clock;
  newId: () => string;
  publicUrl: () => string;
}): SeriesService {
  const roomUrl = (roomId: string): string => `${deps.publicUrl()}/rooms/${roomId}`;

  async function load(id: SeriesId): Promise<Series> {
    const series = await deps.store.getSeries(id);
    if (!series) throw new AppError(ErrorCode.NOT_FOUND, 'series not found');
    return series;
  }

  async function readable(actor: Actor, id: SeriesId): Promise<Series> {
    const series = await load(id);
    if (!can(actor, Action.SERIES_READ, { orgId: series.orgId }))
      throw new AppError(ErrorCode.FORBIDDEN, 'not allowed to see this series');
    return series;
  }

  async function manageable(actor: Actor, id: SeriesId): Promise<Series> {
    const series = await load(id);
    if (!can(actor, Action.SERIES_MANAGE, { orgId: series.orgId }))
      throw new AppError(ErrorCode.FORBIDDEN, 'only organisers manage series');
    return series;
  }

  async function provisionNext(series: Series): Promise<void> {
    const next = nextHeldOccurrence(series, deps.clock.now());
    if (!next || (await deps.rooms.get(next.roomId))) return;
    await provisionOccurrence(deps, series, next, deps.clock.now());
  }

  /** Brings an already provisioned room of the occurrence in line with the series; absent rooms wait. */
  async function rescheduleRoom(occurrence: Occurrence): Promise<void> {
    const room = await deps.rooms.get(occurrence.roomId);
    if (!room) return;
    const schedule = occurrenceRoomSchedule(occurrence, room.status);
    if (schedule.startsAt === room.startsAt && schedule.status === room.status) return;
    const updated = await deps.rooms.reschedule(room.id, schedule);
    if (updated) deps.broadcaster.toRoom(room.id, 'room:updated', { roomId: room.id, room: updated });
  }

  /**
   * A session stored ahead of its occurrence (declared early, or holding cases carried over) takes the new
   * times. One that does not exist yet is created from the series later, with the right times already.
   */
  async function rescheduleState(occurrence: Occurrence): Promise<void> {
    await untilSaved(async () => {
      const before = await deps.store.getState(occurrence.roomId);
      if (!before) return { done: undefined };
      const change = rescheduleSession(before, occurrence);
      if (change.state.version === before.version) return { done: undefined };
      if (!(await deps.store.saveState(change.state, before.version))) return 'lost';
      announceQueueChange(deps, occurrence.roomId, change);
      return { done: undefined };
    });
  }

  /**
   * A cancelled occurrence's queued items (declared ahead, or carried into it) go on to the next held
   * occurrence, both states saved together, so no case waits in a meeting that will not take place.
   */
  async function carryOnward(series: Series, cancelled: Occurrence): Promise<void> {
    const next = nextHeldOccurrenceAfter(series, cancelled.date);
    if (!next) return;
    await untilSaved(async () => {
      const here = await deps.store.getState(cancelled.roomId);
      if (!here) return { done: undefined };
      const there = (await deps.store.getState(next.roomId)) ?? initialState(next, series.requiredServices);
      const moved = carryQueuedOnward(here, there, deps.clock.now(), deps.newId);
      if (!moved) return { done: undefined };
      if (!(await saveMoveAndAnnounce(deps, { here, there }, moved))) return 'lost';
      return { done: undefined };
    });
  }

  async function requireColleague(orgId: Series['orgId'], userId: UserId, path: string): Promise<void> {
    const user = await deps.users.findById(userId);
    if (!user || user.orgId !== orgId || user.roles.every((r) => r === 'guest')) {
      throw new AppError(ErrorCode.VALIDATION, 'unknown user', {
        issues: [{ path: [path], message: 'not a member of the organisation' }],
      });
    }
  }

  return {
    async create(actor, input) {
      if (!can(actor, Action.SERIES_MANAGE, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, 'only organisers create series');
      await requireColleague(actor.orgId, input.chairId, 'chairId');
      if (input.deputyChairId) await requireColleague(actor.orgId, input.deputyChairId, 'deputyChairId');
      const series: Series = {
        ...input,
        // The centre's name is free text and becomes every occurrence's room title: it passes the guard.
        centreName: guardFreeText(input.centreName).text,
        orgId: actor.orgId,
        timeZone: 'Europe/Helsinki',
        exceptions: [],
        createdAt: deps.clock.now().toISOString(),
      };
      try {
        await deps.store.createSeries(series);
      } catch (error) {
        if (error instanceof DuplicateKeyError)
          throw new AppError(ErrorCode.CONFLICT, 'series id taken', { reason: 'SERIES_EXISTS' });
        throw error;
      }
      // The chair and deputy find their next session on the home page straight away.
      await provisionNext(series);
      return series;
    },

    async list(actor) {
      if (!can(actor, Action.SERIES_READ, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, 'not allowed to see series');
      return deps.store.listSeries(actor.orgId);
    },

    async detail(actor, id, query) {
      const series = await readable(actor, id);
      const occurrences: Occurrence[] = [];
      if (query.from === undefined) {
        occurrences.push(...upcomingOccurrences(series, deps.clock.now(), query.count));
      } else {
        for (const occurrence of occurrencesFrom(series, query.from)) {
          occurrences.push(occurrence);
          if (occurrences.length >= query.count) break;
        }
      }
      return {
        series,
        upcoming: occurrences.map((o) => ({ ...o, joinUrl: roomUrl(o.roomId) })),
        summaries: await deps.store.listSummaries(series.id),
      };
    },

    async updateExceptions(actor, id, exceptions) {
      const series = await manageable(actor, id);
      const issues = exceptions.flatMap((e, index) => {
        const duplicate = exceptions.findIndex((other) => other.date === e.date) !== index;
        return !isSlotDate(series, e.date) || duplicate
          ? [
              {
                path: ['exceptions', index, 'date'],
                message: 'not a slot date of the series, or listed twice',
              },
            ]
          : [];
      });
      if (issues.length > 0) throw new AppError(ErrorCode.VALIDATION, 'invalid exceptions', { issues });
      const updated: Series = { ...series, exceptions };
      if (!(await deps.store.updateSeries(updated)))
        throw new AppError(ErrorCode.NOT_FOUND, 'series not found');
      // After the series is saved: rooms provisioned from now on start at the new times, and those that
      // exist already are corrected here.
      for (const date of exceptionDates(series, updated)) {
        const occurrence = occurrenceOn(updated, date);
        if (!occurrence) continue;
        await rescheduleRoom(occurrence);
        await rescheduleState(occurrence);
        if (occurrence.isCancelled) await carryOnward(updated, occurrence);
      }
      await provisionNext(updated);
      return updated;
    },

    async calendar(actor, id) {
      const series = await readable(actor, id);
      return seriesCalendar(series, {
        seriesJoinUrl: `${deps.publicUrl()}/api/series/${series.id}/join`,
        roomUrl,
        now: deps.clock.now(),
      });
    },

    async nextRoomId(id) {
      const next = nextHeldOccurrence(await load(id), deps.clock.now());
      if (!next) throw new AppError(ErrorCode.NOT_FOUND, 'no upcoming occurrence');
      return next.roomId;
    },

    async occurrenceOfRoom(roomId) {
      const parsed = parseOccurrenceRoomId(roomId);
      const series = parsed && (await deps.store.getSeries(parsed.seriesId));
      const occurrence = parsed && series && occurrenceOn(series, parsed.date);
      if (!series || !occurrence) throw new AppError(ErrorCode.NOT_FOUND, 'not a PPT session');
      return { series, occurrence };
    },

    async membersSkipLobby(room) {
      const parsed = parseOccurrenceRoomId(room.id);
      const series = parsed && (await deps.store.getSeries(parsed.seriesId));
      return series ? series.membersSkipLobby : true;
    },

    async provision(roomId) {
      const parsed = parseOccurrenceRoomId(roomId);
      if (!parsed) return undefined;
      const series = await deps.store.getSeries(parsed.seriesId);
      const occurrence = series && occurrenceOn(series, parsed.date);
      if (!series || !occurrence || occurrence.isCancelled) return undefined;
      return provisionOccurrence(deps, series, occurrence, deps.clock.now());
    },

    async ensureUpcoming(actor) {
      const mine = (await deps.store.listSeries(actor.orgId)).filter(
        (s) => s.chairId === actor.userId || s.deputyChairId === actor.userId,
      );
      for (const series of mine) await provisionNext(series);
    },
  };
}
