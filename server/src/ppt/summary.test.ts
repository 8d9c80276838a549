import { describe, expect, it } from 'vitest';
import { RoomId, ServiceId, UserId, type AgendaItem, type PptState } from '@konsiili/shared';
import { csvField, summarise, summaryCsv } from './summary.ts';

const item = (id: string, overrides: Partial<AgendaItem>): AgendaItem => ({
  id: id,
  kind: 'case',
  presenterId: UserId.parse('a'),
  title: '',
  question: '',
  status: 'queued',
  ...overrides,
});

const state: PptState = {
  roomId: RoomId.parse('ppt-keskusta-20260401'),
  seriesId: 'keskusta',
  date: '2026-04-01',
  version: 9,
  phase: 'ended',
  startsAt: '2026-04-01T13:00:00.000+03:00',
  endsAt: '2026-04-01T14:00:00.000+03:00',
  requiredServices: ['health-station', 'kela', 'adult-social-work'].map((s) => ServiceId.parse(s)),
  declarations: [
    { userId: UserId.parse('a'), caseCount: 3, declaredAt: '2026-04-01T10:00:00.000Z' },
    { userId: UserId.parse('b'), caseCount: 1, declaredAt: '2026-04-01T10:00:00.000Z' },
  ],
  items: [
    item('i1', {
      status: 'done',
      startedAt: '2026-04-01T10:01:00.000Z',
      finishedAt: '2026-04-01T10:13:30.000Z',
      title: 'Asuminen, "tuki"',
    }),
    item('i2', { status: 'deferred' }),
    item('i3', { status: 'withdrawn' }),
    item('i4', {
      kind: 'phenomenon',
      status: 'done',
      startedAt: '2026-04-01T10:20:00.000Z',
      finishedAt: '2026-04-01T10:30:00.000Z',
      title: '=SUM(A1)',
    }),
  ],
  hands: [],
  attendeeIds: ['a', 'b', 'c'].map((s) => UserId.parse(s)),
  presentServices: ['kela', 'health-station'].map((s) => ServiceId.parse(s)),
};

describe('session summary', () => {
  it('[M1] counts cases, minutes, services and whether every case got a turn', () => {
    expect(summarise(state, '2026-04-01T11:00:00.000Z')).toEqual({
      roomId: 'ppt-keskusta-20260401',
      seriesId: 'keskusta',
      date: '2026-04-01',
      startedAt: '2026-04-01T10:01:00.000Z',
      endedAt: '2026-04-01T11:00:00.000Z',
      casesDeclared: 4,
      casesHandled: 1,
      casesDeferred: 1,
      casesWithdrawn: 1,
      phenomenaHandled: 1,
      minutesPerItem: [
        { itemId: 'i1', kind: 'case', minutes: 12.5 },
        { itemId: 'i4', kind: 'phenomenon', minutes: 10 },
      ],
      servicesPresent: ['kela', 'health-station'],
      servicesMissing: ['adult-social-work'],
      participantCount: 3,
      everyDeclaredCaseGotTurn: false,
    });
  });

  it.each([
    ['plain', 'abc', 'abc'],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['formula', '=1+1', "'=1+1"],
    ['empty', undefined, ''],
  ])('[M2] CSV quoting: %s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('[M3] the CSV starts with a UTF-8 byte-order mark, then a header row and one row per item', () => {
    const csv = summaryCsv(state);
    expect(csv.startsWith('\uFEFFdate,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^date,itemId,kind,status/);
    expect(lines[1]).toContain('"Asuminen, ""tuki"""');
    expect(lines[4]).toContain("'=SUM(A1)");
  });
});
