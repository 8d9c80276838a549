import { describe, expect, it } from 'vitest';
import { OrgId, RoomId, UserId, type Series } from '@konsiili/shared';
import {
  exceptionDates,
  nextHeldOccurrenceAfter,
  occurrenceOn,
  occurrenceRoomId,
  occurrenceRoomSchedule,
  parseOccurrenceRoomId,
  upcomingOccurrences,
} from './occurrences.ts';

const series = (overrides: Partial<Series> = {}): Series => ({
  id: 'keskusta',
  orgId: OrgId.parse('org-a'),
  centreName: 'Testikeskus',
  weekday: 3,
  startTime: '13:00',
  durationMinutes: 60,
  timeZone: 'Europe/Helsinki',
  firstDate: '2026-03-02',
  exceptions: [],
  requiredServices: [],
  chairId: UserId.parse('chair'),
  membersSkipLobby: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('occurrences', () => {
  it.each([
    // Late-March change (29.3.2026): +02:00 before, +03:00 after; 13:00 local on both sides.
    ['before the spring change', '2026-03-25', '2026-03-25T13:00:00.000+02:00', '2026-03-25T11:00:00.000Z'],
    ['after the spring change', '2026-04-01', '2026-04-01T13:00:00.000+03:00', '2026-04-01T10:00:00.000Z'],
    // Late-October change (25.10.2026).
    ['before the autumn change', '2026-10-21', '2026-10-21T13:00:00.000+03:00', '2026-10-21T10:00:00.000Z'],
    ['after the autumn change', '2026-10-28', '2026-10-28T13:00:00.000+02:00', '2026-10-28T11:00:00.000Z'],
  ])('[O1] a 13:00 slot stays 13:00 local %s', (_name, date, startsAt, utc) => {
    const occurrence = occurrenceOn(series(), date);
    expect(occurrence?.startsAt).toBe(startsAt);
    expect(new Date(occurrence?.startsAt ?? '').toISOString()).toBe(utc);
  });

  it('[O2] lists the next occurrences across the DST change, one week apart in local time', () => {
    const list = upcomingOccurrences(series(), new Date('2026-03-20T00:00:00Z'), 3);
    expect(list.map((o) => o.startsAt)).toEqual([
      '2026-03-25T13:00:00.000+02:00',
      '2026-04-01T13:00:00.000+03:00',
      '2026-04-08T13:00:00.000+03:00',
    ]);
    expect(list.every((o) => o.endsAt.includes('T14:00:00'))).toBe(true);
  });

  it('[O3] cancelled and moved occurrences keep their original date and room id', () => {
    const s = series({
      exceptions: [
        { kind: 'cancelled', date: '2026-04-08' },
        { kind: 'moved', date: '2026-04-15', toDate: '2026-04-16', toTime: '10:00' },
      ],
    });
    expect(occurrenceOn(s, '2026-04-08')).toMatchObject({
      isCancelled: true,
      roomId: 'ppt-keskusta-20260408',
    });
    expect(occurrenceOn(s, '2026-04-15')).toMatchObject({
      isMoved: true,
      startsAt: '2026-04-16T10:00:00.000+03:00',
      roomId: 'ppt-keskusta-20260415',
    });
    expect(nextHeldOccurrenceAfter(s, '2026-04-01')?.date).toBe('2026-04-15');
    expect(occurrenceOn(s, '2026-04-09')).toBeUndefined();
    expect(occurrenceOn(s, '2026-02-25')).toBeUndefined();
  });

  it('[O7] a series value answers the same each time; a changed series, a new value, answers anew', () => {
    const before = series();
    const first = occurrenceOn(before, '2026-04-08');
    expect(occurrenceOn(before, '2026-04-08')).toEqual(first);
    expect(occurrenceOn(before, '2026-04-09')).toBeUndefined();
    expect(occurrenceOn(before, '2026-04-09')).toBeUndefined();
    const after = { ...before, exceptions: [{ kind: 'cancelled' as const, date: '2026-04-08' }] };
    expect(occurrenceOn(after, '2026-04-08')).toMatchObject({ isCancelled: true });
    expect(occurrenceOn(before, '2026-04-08')).toEqual(first);
    expect(first?.isCancelled).toBe(false);
  });

  it('[O4] a room id round-trips and fits the RoomId rules even for the longest series id', () => {
    const long = 'a'.repeat(40);
    const roomId = occurrenceRoomId(long, '2026-04-01');
    expect(RoomId.safeParse(roomId).success).toBe(true);
    expect(parseOccurrenceRoomId(roomId)).toEqual({ seriesId: long, date: '2026-04-01' });
    expect(parseOccurrenceRoomId('demo-ppt')).toBeUndefined();
  });

  it('[O5] an exceptions update concerns every date either version names, each once', () => {
    const before = series({
      exceptions: [
        { kind: 'cancelled', date: '2026-04-08' },
        { kind: 'moved', date: '2026-04-15', toDate: '2026-04-16', toTime: '10:00' },
      ],
    });
    const after = series({
      exceptions: [
        { kind: 'moved', date: '2026-04-22', toDate: '2026-04-22', toTime: '09:00' },
        { kind: 'cancelled', date: '2026-04-15' },
      ],
    });
    expect(exceptionDates(before, after)).toEqual(['2026-04-08', '2026-04-15', '2026-04-22']);
    expect(exceptionDates(series(), series())).toEqual([]);
  });

  it('[O6] a room follows its occurrence: new start, closed while cancelled, scheduled again after', () => {
    const s = series({
      exceptions: [
        { kind: 'cancelled', date: '2026-04-08' },
        { kind: 'moved', date: '2026-04-15', toDate: '2026-04-16', toTime: '10:00' },
      ],
    });
    const cancelled = occurrenceOn(s, '2026-04-08');
    const moved = occurrenceOn(s, '2026-04-15');
    const plain = occurrenceOn(s, '2026-04-22');
    if (!cancelled || !moved || !plain) throw new Error('no occurrence');
    expect(occurrenceRoomSchedule(moved, 'scheduled')).toEqual({
      startsAt: '2026-04-16T10:00:00.000+03:00',
      status: 'scheduled',
    });
    expect(occurrenceRoomSchedule(cancelled, 'scheduled').status).toBe('closed');
    expect(occurrenceRoomSchedule(cancelled, 'open').status).toBe('closed');
    expect(occurrenceRoomSchedule(plain, 'closed').status).toBe('scheduled');
    expect(occurrenceRoomSchedule(plain, 'open').status).toBe('open');
  });
});
