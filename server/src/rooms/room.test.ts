import { describe, expect, it } from 'vitest';
import { OrgId, RoomId, UserId, type Room } from '@konsiili/shared';
import { splitHome } from './room.ts';

const base = {
  orgId: OrgId.parse('o'),
  createdBy: UserId.parse('u'),
  createdAt: '2026-11-01T00:00:00.000Z',
  title: 'x',
};
const r = (id: string, extra: Partial<Room>): Room => ({
  ...base,
  id: RoomId.parse(id),
  kind: 'ppt_session',
  status: 'scheduled',
  ...extra,
});

describe('home split', () => {
  it('[H2] sessions soonest first, past and closed ones dropped, consultations apart', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const home = splitHome(
      [
        {
          room: r('later', { startsAt: '2026-11-27T11:00:00.000Z', durationMinutes: 60 }),
          role: 'participant',
        },
        { room: r('soon', { startsAt: '2026-11-25T11:30:00.000Z', durationMinutes: 60 }), role: 'chair' },
        {
          room: r('past', { startsAt: '2026-11-25T10:00:00.000Z', durationMinutes: 60 }),
          role: 'participant',
        },
        {
          room: r('closed', { startsAt: '2026-11-28T10:00:00.000Z', status: 'closed' }),
          role: 'participant',
        },
        { room: r('consult', { kind: 'e_consultation', status: 'open' }), role: 'owner' },
      ],
      now,
    );
    expect(home.sessions.map((s) => s.id)).toEqual(['soon', 'later']);
    expect(home.sessions[0]?.myRole).toBe('chair');
    expect(home.consultations.map((c) => c.id)).toEqual(['consult']);
  });
});
