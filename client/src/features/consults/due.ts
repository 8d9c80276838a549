import type { Urgency } from '@konsiili/shared';
import { TIME_ZONE } from '../../lib/time.ts';

/**
 * The due time the server will set (server/src/consults/due-time.ts), shown on the form before sending:
 * Helsinki working hours Mon–Fri 8–16; "today" ends with the working day the request lands in, 3 and 7
 * days add that many working days. The browser has no time-zone library, so the arithmetic runs on
 * Helsinki wall-clock time held in a Date's UTC fields.
 */
const START_HOUR = 8;
const END_HOUR = 16;
const WORKDAYS = [1, 2, 3, 4, 5];
const WORKING_DAYS: Record<Urgency, number> = { today: 0, '3d': 3, '7d': 7 };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** Helsinki wall-clock of an instant, as ms whose UTC fields read that wall-clock. */
function toWall(instant: number): number {
  const parts = wallFormat.formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The instant of a Helsinki wall-clock time (the offset is looked up twice to settle DST edges). */
function fromWall(wall: number): number {
  let instant = wall - (toWall(wall) - wall);
  instant = wall - (toWall(instant) - instant);
  return instant;
}

const isoWeekday = (wall: number) => new Date(wall).getUTCDay() || 7;
const isWorkday = (wall: number) => WORKDAYS.includes(isoWeekday(wall));
const atHour = (wall: number, hour: number) => Math.floor(wall / DAY) * DAY + hour * HOUR;

function nextWorkingInstant(wall: number): number {
  let t = wall;
  for (let i = 0; i < 14; i++) {
    const start = atHour(t, START_HOUR);
    if (isWorkday(t)) {
      if (t < start) return start;
      if (t < atHour(t, END_HOUR)) return t;
    }
    t = start + DAY;
  }
  return t;
}

/** When an answer is due if the request is sent at `now`. */
export function dueAtFor(urgency: Urgency, now: number): Date {
  const start = nextWorkingInstant(toWall(now));
  const days = WORKING_DAYS[urgency];
  if (days === 0) return new Date(fromWall(atHour(start, END_HOUR)));
  let due = start;
  for (let added = 0; added < days;) {
    due += DAY;
    if (isWorkday(due)) added += 1;
  }
  if (start !== atHour(start, START_HOUR)) return new Date(fromWall(due));
  // A request that lands at the very start of a day counts that day as its first working day.
  let before = due - DAY;
  while (!isWorkday(before)) before -= DAY;
  return new Date(fromWall(atHour(before, END_HOUR)));
}

/** Open requests whose due time has passed; answered or closed ones are never late. */
export function isOverdue(consult: { state: string; dueAt: string }, now: number): boolean {
  if (consult.state === 'answered' || consult.state === 'closed') return false;
  return Date.parse(consult.dueAt) < now;
}
