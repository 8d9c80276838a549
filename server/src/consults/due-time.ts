import { DateTime } from 'luxon';
import { Urgency } from '@konsiili/shared';

/** When the pool is expected to work: Europe/Helsinki wall-clock, Monday to Friday. */
export interface WorkingHours {
  timeZone: string;
  /** ISO weekdays, 1 = Monday. */
  weekdays: readonly number[];
  startHour: number;
  endHour: number;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  timeZone: 'Europe/Helsinki',
  weekdays: [1, 2, 3, 4, 5],
  startHour: 8,
  endHour: 16,
};

/** Working days an urgency allows; "today" is the end of the working day the request lands in. */
const WORKING_DAYS: Record<Urgency, number> = {
  [Urgency.TODAY]: 0,
  [Urgency.THREE_DAYS]: 3,
  [Urgency.SEVEN_DAYS]: 7,
};

function isWorkday(day: DateTime, hours: WorkingHours): boolean {
  return hours.weekdays.includes(day.weekday);
}

/** The first working instant at or after `t` (wall-clock in the zone, so DST shifts need no care here). */
function nextWorkingInstant(t: DateTime, hours: WorkingHours): DateTime {
  let day = t;
  for (let i = 0; i < 14; i++) {
    const start = day.set({ hour: hours.startHour, minute: 0, second: 0, millisecond: 0 });
    const end = day.set({ hour: hours.endHour, minute: 0, second: 0, millisecond: 0 });
    if (isWorkday(day, hours)) {
      if (t < start) return start;
      if (t < end) return t;
    }
    day = start.plus({ days: 1 });
    t = day;
  }
  throw new Error('working hours have no working day');
}

/**
 * The due time of a request created at `createdAt`: "today" ends with the working day the request lands in
 * (a request after hours lands in the next one); 3 and 7 days add that many working days of working time,
 * so with 3 days a request on Tuesday at 15:00 is due on Friday at 15:00, one on Monday at 17:00 on
 * Thursday at 16:00.
 */
export function dueTimeFor(
  urgency: Urgency,
  createdAt: Date,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): Date {
  const start = nextWorkingInstant(DateTime.fromJSDate(createdAt, { zone: hours.timeZone }), hours);
  const endOfDay = (d: DateTime) => d.set({ hour: hours.endHour, minute: 0, second: 0, millisecond: 0 });
  const days = WORKING_DAYS[urgency];
  if (days === 0) return endOfDay(start).toJSDate();
  // A request that lands at the very start of a day counts that day as its first working day.
  let due = start;
  for (let added = 0; added < days;) {
    due = due.plus({ days: 1 });
    if (isWorkday(due, hours)) added += 1;
  }
  const atStartOfDay = start.hour === hours.startHour && start.minute === 0 && start.second === 0;
  return (atStartOfDay ? endOfDay(nextWorkdayBefore(due, hours)) : due).toJSDate();
}

function nextWorkdayBefore(day: DateTime, hours: WorkingHours): DateTime {
  let d = day.minus({ days: 1 });
  while (!isWorkday(d, hours)) d = d.minus({ days: 1 });
  return d;
}

/** When to escalate: a quarter of the window before the due time, but at least an hour before it. */
export function escalationTimeFor(createdAt: Date, dueAt: Date): Date {
  const window = dueAt.getTime() - createdAt.getTime();
  const lead = Math.max(window / 4, 60 * 60 * 1000);
  return new Date(Math.max(createdAt.getTime(), dueAt.getTime() - lead));
}
