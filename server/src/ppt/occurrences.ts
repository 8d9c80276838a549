import { DateTime } from 'luxon';
import { RoomId, RoomStatus, type Occurrence, type Series, type SeriesId } from '@konsiili/shared';

export const SERIES_ZONE = 'Europe/Helsinki';

/** Guards against a series with no valid occurrence looping for ever. */
const MAX_WEEKS = 52 * 50;

/** The stable room id of one occurrence: series id plus the date the slot originally falls on. */
export function occurrenceRoomId(seriesId: SeriesId, date: string): RoomId {
  return RoomId.parse(`ppt-${seriesId}-${date.replaceAll('-', '')}`);
}

/** The inverse of occurrenceRoomId; undefined for any other room id. */
export function parseOccurrenceRoomId(roomId: string): { seriesId: SeriesId; date: string } | undefined {
  const match = /^ppt-([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4})(\d{2})(\d{2})$/.exec(roomId);
  if (!match) return undefined;
  const [, seriesId, y, m, d] = match;
  if (seriesId === undefined || y === undefined || m === undefined || d === undefined) return undefined;
  return { seriesId: seriesId, date: `${y}-${m}-${d}` };
}

function wallClock(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: SERIES_ZONE });
}

function localDate(value: DateTime): string {
  const text = value.toISODate();
  if (text === null) throw new Error('invalid date');
  return text;
}

function iso(value: DateTime): string {
  const text = value.toISO();
  if (text === null) throw new Error('invalid date-time');
  return text;
}

/** The first date on or after `firstDate` that falls on the series' weekday. */
export function firstSlotDate(series: Pick<Series, 'firstDate' | 'weekday'>): DateTime {
  const first = DateTime.fromISO(series.firstDate, { zone: SERIES_ZONE });
  return first.plus({ days: (series.weekday - first.weekday + 7) % 7 });
}

/** Whether `date` is one of the series' original slot dates. */
export function isSlotDate(series: Series, date: string): boolean {
  const day = DateTime.fromISO(date, { zone: SERIES_ZONE });
  return day.isValid && day.weekday === series.weekday && date >= localDate(firstSlotDate(series));
}

/**
 * Occurrences already worked out, per series value. Series are values: a change makes a new object (and
 * the embedded store hands out one frozen object per stored version), so an entry can never go stale, and
 * it goes when its series object does. Every queue command asks for its occurrence, and the time-zone
 * arithmetic is the dearest part of that.
 */
const occurrencesOf = new WeakMap<Series, Map<string, Occurrence | undefined>>();

/** The occurrence on the original date `date` (cancelled or moved as the exceptions say). */
export function occurrenceOn(series: Series, date: string): Occurrence | undefined {
  let known = occurrencesOf.get(series);
  if (!known) {
    known = new Map();
    occurrencesOf.set(series, known);
  }
  if (known.has(date)) return known.get(date);
  const occurrence = workOutOccurrence(series, date);
  known.set(date, occurrence && Object.freeze(occurrence));
  return occurrence;
}

function workOutOccurrence(series: Series, date: string): Occurrence | undefined {
  if (!isSlotDate(series, date)) return undefined;
  const exception = series.exceptions.find((e) => e.date === date);
  const start =
    exception?.kind === 'moved'
      ? wallClock(exception.toDate, exception.toTime)
      : wallClock(date, series.startTime);
  return {
    seriesId: series.id,
    date,
    roomId: occurrenceRoomId(series.id, date),
    startsAt: iso(start),
    // Adding minutes to a zoned time keeps the wall clock right across a DST change.
    endsAt: iso(start.plus({ minutes: series.durationMinutes })),
    isCancelled: exception?.kind === 'cancelled',
    isMoved: exception?.kind === 'moved',
  };
}

/** Occurrences in original-date order, starting from the first slot on or after `fromDate`. */
export function* occurrencesFrom(series: Series, fromDate: string): Generator<Occurrence> {
  let day = firstSlotDate(series);
  const from = DateTime.fromISO(fromDate, { zone: SERIES_ZONE });
  if (from > day) day = day.plus({ weeks: Math.floor(from.diff(day, 'weeks').weeks) });
  for (let i = 0; i < MAX_WEEKS; i += 1, day = day.plus({ weeks: 1 })) {
    const date = localDate(day);
    if (date < fromDate) continue;
    const occurrence = occurrenceOn(series, date);
    if (occurrence) yield occurrence;
  }
}

/** The next `count` occurrences that have not ended at `now`, cancelled ones included (flagged). */
export function upcomingOccurrences(series: Series, now: Date, count: number): Occurrence[] {
  // A moved occurrence may fall a few days away from its original date; start a week early to catch it.
  const fromDate = localDate(DateTime.fromJSDate(now, { zone: SERIES_ZONE }).minus({ weeks: 1 }));
  const result: Occurrence[] = [];
  for (const occurrence of occurrencesFrom(series, fromDate)) {
    if (Date.parse(occurrence.endsAt) <= now.getTime()) continue;
    result.push(occurrence);
    if (result.length >= count) break;
  }
  return result;
}

/** The next occurrence that takes place (not cancelled) and has not ended at `now`. */
export function nextHeldOccurrence(series: Series, now: Date): Occurrence | undefined {
  const fromDate = localDate(DateTime.fromJSDate(now, { zone: SERIES_ZONE }).minus({ weeks: 1 }));
  for (const occurrence of occurrencesFrom(series, fromDate)) {
    if (!occurrence.isCancelled && Date.parse(occurrence.endsAt) > now.getTime()) return occurrence;
  }
  return undefined;
}

/** The first non-cancelled occurrence whose original date comes after `date` (where deferred cases go). */
export function nextHeldOccurrenceAfter(series: Series, date: string): Occurrence | undefined {
  const after = localDate(DateTime.fromISO(date, { zone: SERIES_ZONE }).plus({ days: 1 }));
  for (const occurrence of occurrencesFrom(series, after)) {
    if (!occurrence.isCancelled) return occurrence;
  }
  return undefined;
}

/**
 * The original dates that either version of a series names in its exceptions: the occurrences whose rooms
 * and sessions must follow an exceptions update. Dates named in both are included as well, so repeating an
 * update also repairs what an interrupted one left behind.
 */
export function exceptionDates(before: Series, after: Series): string[] {
  return [...new Set([...before.exceptions, ...after.exceptions].map((e) => e.date))].sort();
}

/**
 * When an occurrence's room starts and whether it is held. A cancelled occurrence's room is closed, which
 * takes it off the home page and disables its Join button; lifting the cancellation schedules it again.
 * Any other status (a session already open) is left as it is.
 */
export function occurrenceRoomSchedule(
  occurrence: Occurrence,
  current: RoomStatus,
): { startsAt: string; status: RoomStatus } {
  let status: RoomStatus = current;
  if (occurrence.isCancelled) status = RoomStatus.CLOSED;
  else if (current === RoomStatus.CLOSED) status = RoomStatus.SCHEDULED;
  return { startsAt: occurrence.startsAt, status };
}
