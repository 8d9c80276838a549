import {
  RoomKind,
  RoomStatus,
  type PresentMember,
  type Room,
  type RoomMember,
  type RoomRole,
  type RoomSummary,
  type UserId,
} from '@konsiili/shared';

export function withPresence(members: readonly RoomMember[], online: ReadonlySet<UserId>): PresentMember[] {
  return members.map((m) => ({ ...m, isOnline: online.has(m.userId) }));
}

/** Home page split: sessions I attend (soonest first) and consultations still open. */
export function splitHome(
  rooms: readonly { room: Room; role: RoomRole }[],
  now: Date,
): { sessions: RoomSummary[]; consultations: RoomSummary[] } {
  const summaries = rooms.map(({ room, role }) => ({ ...room, myRole: role }));
  const sessions = summaries
    .filter((r) => r.kind !== RoomKind.E_CONSULTATION && r.status !== RoomStatus.CLOSED)
    .filter((r) => !r.startsAt || endsAt(r) > now.getTime())
    .sort((a, b) => (a.startsAt ?? '').localeCompare(b.startsAt ?? ''));
  const consultations = summaries
    .filter((r) => r.kind === RoomKind.E_CONSULTATION && r.status !== RoomStatus.CLOSED)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { sessions, consultations };
}

function endsAt(room: Room): number {
  return Date.parse(room.startsAt ?? '') + (room.durationMinutes ?? 60) * 60_000;
}
