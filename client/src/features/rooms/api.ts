import { RoomSummary, type RoomId } from '@konsiili/shared';
import { request } from '../../lib/api.ts';
import { sendCommand } from '../../lib/socket.ts';

/** The room as its members see it before joining. 403 FORBIDDEN / 404 NOT_FOUND for everyone else. */
export function fetchRoom(roomId: RoomId, signal: AbortSignal): Promise<RoomSummary> {
  return request(`/api/rooms/${encodeURIComponent(roomId)}`, RoomSummary, { signal });
}

/** Joins the room's channel; acks the full snapshot. Sent again after every reconnect. */
export function joinRoom(roomId: RoomId) {
  return sendCommand('room:join', { roomId });
}

export function leaveRoom(roomId: RoomId) {
  return sendCommand('room:leave', { roomId });
}
