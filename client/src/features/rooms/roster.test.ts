import { DEFAULT_SERVICE_CATALOGUE, PresentMember, RoomSnapshot, type RoomRole } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { groupRoster, upsertMember, withMember } from './roster.ts';

interface Overrides {
  serviceId?: string;
  displayName?: string;
  role?: RoomRole;
  isOnline?: boolean;
}

function member(userId: string, overrides: Overrides = {}): PresentMember {
  return PresentMember.parse({
    roomId: 'room-1',
    userId,
    role: 'participant',
    displayName: `Person ${userId}`,
    profession: 'Sairaanhoitaja',
    isOnline: true,
    ...overrides,
  });
}

describe('groupRoster', () => {
  it('groups by service in catalogue order, then unknown services, then no service', () => {
    const members = [
      member('a', { serviceId: 'kela' }),
      member('b'),
      member('c', { serviceId: 'health-station' }),
      member('d', { serviceId: 'retired-service' }),
    ];
    const groups = groupRoster(members, DEFAULT_SERVICE_CATALOGUE, 'sv');
    expect(groups.map((g) => g.key)).toEqual([
      { kind: 'service', serviceId: 'health-station', name: 'Hälsostation' },
      { kind: 'service', serviceId: 'kela', name: 'FPA' },
      { kind: 'unknown' },
      { kind: 'none' },
    ]);
  });

  it('puts the chair first, then sorts by role and name, and counts who is online', () => {
    const members = [
      member('x', { displayName: 'Öberg', isOnline: false }),
      member('y', { displayName: 'Aalto' }),
      member('z', { displayName: 'Virtanen', role: 'chair' }),
    ];
    const [group] = groupRoster(members, DEFAULT_SERVICE_CATALOGUE, 'fi');
    expect(group?.members.map((m) => m.displayName)).toEqual(['Virtanen', 'Aalto', 'Öberg']);
    expect(group?.onlineCount).toBe(2);
  });
});

describe('upsertMember', () => {
  it('replaces a known member in place and appends a new one', () => {
    const members = [member('a'), member('b')];
    const offline = member('a', { isOnline: false });
    expect(upsertMember(members, offline)).toEqual([offline, members[1]]);
    expect(upsertMember(members, member('c')).map((m) => m.userId)).toEqual(['a', 'b', 'c']);
  });
});

describe('withMember', () => {
  it('replaces the member in the list and refreshes my own entry only when the event is about me', () => {
    const { isOnline: _a, ...me } = member('me');
    const { isOnline: _b, ...chairAsMember } = member('me', { role: 'chair' });
    const snapshot = RoomSnapshot.parse({
      room: {
        id: 'room-1',
        orgId: 'org-1',
        kind: 'ppt_session',
        title: 'PPT',
        status: 'open',
        createdBy: 'me',
        createdAt: '2099-03-04T09:00:00.000Z',
      },
      me,
      members: [member('me'), member('other')],
    });
    const promoted = withMember(snapshot, member('me', { role: 'chair' }));
    expect(promoted.me).toEqual(chairAsMember);
    expect(promoted.me).not.toHaveProperty('isOnline');
    expect(promoted.members.map((m) => m.role)).toEqual(['chair', 'participant']);
    const otherOffline = withMember(snapshot, member('other', { isOnline: false }));
    expect(otherOffline.me).toBe(snapshot.me);
    expect(otherOffline.members[1]?.isOnline).toBe(false);
  });
});
