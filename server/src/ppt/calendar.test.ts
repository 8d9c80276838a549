import { describe, expect, it } from 'vitest';
import { OrgId, UserId, type Series } from '@konsiili/shared';
import { seriesCalendar } from './calendar.ts';

const series: Series = {
  id: 'keskusta',
  orgId: OrgId.parse('org-a'),
  centreName: 'Testikeskus',
  weekday: 3,
  startTime: '13:00',
  durationMinutes: 60,
  timeZone: 'Europe/Helsinki',
  firstDate: '2026-03-23',
  exceptions: [
    { kind: 'cancelled', date: '2026-04-08' },
    { kind: 'moved', date: '2026-04-15', toDate: '2026-04-16', toTime: '10:00' },
  ],
  requiredServices: [],
  chairId: UserId.parse('chair'),
  membersSkipLobby: true,
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('series calendar', () => {
  const text = seriesCalendar(series, {
    seriesJoinUrl: 'https://konsiili.example/api/series/keskusta/join',
    roomUrl: (roomId) => `https://konsiili.example/rooms/${roomId}`,
    now: new Date('2026-03-01T08:00:00Z'),
  });
  const unfolded = text.replace(/\r\n[ \t]/g, '');

  it.each([
    ['a weekly rule on the slot weekday', 'RRULE:FREQ=WEEKLY;BYDAY=WE'],
    ['the first slot in Helsinki time', 'DTSTART;TZID=Europe/Helsinki:20260325T130000'],
    ['the cancelled date excluded', 'EXDATE;TZID=Europe/Helsinki:20260408T130000'],
    ['the moved occurrence overriding its date', 'RECURRENCE-ID;TZID=Europe/Helsinki:20260415T130000'],
    ['the moved occurrence at its new time', 'DTSTART;TZID=Europe/Helsinki:20260416T100000'],
    ['a VTIMEZONE for the TZID', 'BEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki'],
    ['the join link', 'URL;VALUE=URI:https://konsiili.example/api/series/keskusta/join'],
    ['the moved room link', 'https://konsiili.example/rooms/ppt-keskusta-20260415'],
    ['a UTC stamp', 'DTSTAMP:20260301T080000Z'],
  ])('[K1] contains %s', (_name, fragment) => {
    expect(unfolded).toContain(fragment);
  });

  it('[K2] the moved occurrence shares the series UID and is not also excluded', () => {
    expect(unfolded.match(/UID:ppt-keskusta@konsiili/g)).toHaveLength(2);
    expect(unfolded).not.toContain('EXDATE;TZID=Europe/Helsinki:20260415');
  });
});
