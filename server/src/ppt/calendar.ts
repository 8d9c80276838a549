import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Series } from '@konsiili/shared';
import { firstSlotDate, occurrenceOn, SERIES_ZONE } from './occurrences.ts';

const WEEKDAYS = [
  ICalWeekday.MO,
  ICalWeekday.TU,
  ICalWeekday.WE,
  ICalWeekday.TH,
  ICalWeekday.FR,
  ICalWeekday.SA,
  ICalWeekday.SU,
] as const;

// Outlook needs a VTIMEZONE for every TZID it meets. Finland follows the EU rule: summer time from the
// last Sunday of March 03:00 to the last Sunday of October 04:00 local time.
const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

function zoned(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: SERIES_ZONE });
}

/**
 * The series as an RFC 5545 calendar: one weekly VEVENT (RRULE, TZID Europe/Helsinki) whose cancelled
 * dates are EXDATEs, plus one VEVENT per moved occurrence that overrides its original date through
 * RECURRENCE-ID. `seriesJoinUrl` opens whichever occurrence is next; a moved occurrence links its own room.
 */
export function seriesCalendar(
  series: Series,
  links: { seriesJoinUrl: string; roomUrl: (roomId: string) => string; now: Date },
): string {
  const calendar = ical({
    name: `PPT – ${series.centreName}`,
    prodId: { company: 'Konsiili', product: 'Konsiili', language: 'FI' },
  });
  calendar.x([['X-WR-TIMEZONE', SERIES_ZONE]]);
  const uid = `ppt-${series.id}@konsiili`;
  const summary = `PPT-konsultaatio – ${series.centreName}`;
  const stamp = DateTime.fromJSDate(links.now, { zone: 'utc' });
  const first = firstSlotDate(series);
  const start = zoned(`${first.toISODate() ?? series.firstDate}T${series.startTime}`);
  const cancelled = series.exceptions.filter((e) => e.kind === 'cancelled');
  const weekday = WEEKDAYS[series.weekday - 1] ?? ICalWeekday.MO;

  calendar.createEvent({
    id: uid,
    stamp,
    start,
    end: start.plus({ minutes: series.durationMinutes }),
    timezone: SERIES_ZONE,
    summary,
    description: `Liity / Join: ${links.seriesJoinUrl}`,
    location: links.seriesJoinUrl,
    url: links.seriesJoinUrl,
    repeating: {
      freq: ICalEventRepeatingFreq.WEEKLY,
      byDay: [weekday],
      ...(cancelled.length > 0
        ? {
            exclude: cancelled.map((e) => zoned(`${e.date}T${series.startTime}`)),
            excludeTimezone: SERIES_ZONE,
          }
        : {}),
    },
  });

  for (const exception of series.exceptions) {
    if (exception.kind !== 'moved') continue;
    const occurrence = occurrenceOn(series, exception.date);
    if (!occurrence) continue;
    const url = links.roomUrl(occurrence.roomId);
    calendar.createEvent({
      id: uid,
      stamp,
      start: zoned(occurrence.startsAt),
      end: zoned(occurrence.endsAt),
      timezone: SERIES_ZONE,
      recurrenceId: zoned(`${exception.date}T${series.startTime}`),
      summary,
      description: `Liity / Join: ${url}`,
      location: url,
      url,
    });
  }

  // The library writes a VTIMEZONE only when the calendar itself has a time zone, and then it also
  // writes DTSTAMP in local time, which RFC 5545 forbids (it must be UTC). So the events carry the
  // zone and the VTIMEZONE goes in by hand, before the first event.
  return calendar.toString().replace('BEGIN:VEVENT', `${HELSINKI_VTIMEZONE}\r\nBEGIN:VEVENT`);
}
