import type { RoomStatus } from '@konsiili/shared';

/** People may join a scheduled session from this many minutes before it starts. */
export const JOIN_OPENS_MINUTES_BEFORE = 10;

export type JoinWindow =
  { state: 'too-early'; opensAt: Date } | { state: 'open' } | { state: 'ended' } | { state: 'closed' };

interface JoinableRoom {
  status: RoomStatus;
  startsAt?: string | undefined;
  durationMinutes?: number | undefined;
}

/**
 * Whether the Join button is enabled at `now`. Rooms without a start time (written consultations) are
 * open until closed. A session that runs over stays open while the server still reports it open.
 */
export function joinWindow(room: JoinableRoom, now: Date): JoinWindow {
  if (room.status === 'closed') return { state: 'closed' };
  if (room.status === 'open' || room.startsAt === undefined) return { state: 'open' };
  const start = new Date(room.startsAt).getTime();
  const opensAt = new Date(start - JOIN_OPENS_MINUTES_BEFORE * 60_000);
  if (now.getTime() < opensAt.getTime()) return { state: 'too-early', opensAt };
  if (room.durationMinutes !== undefined && now.getTime() >= start + room.durationMinutes * 60_000) {
    return { state: 'ended' };
  }
  return { state: 'open' };
}
