import type { RoomId, UserId } from '@konsiili/shared';
import { sendCommand } from '../../lib/socket.ts';

/** Asks to enter: admitted (go on and join), waiting (a moderator decides) or declined. */
export function knock(roomId: RoomId) {
  return sendCommand('lobby:knock', { roomId });
}

/** Moderators only: who is waiting now. */
export function listWaiting(roomId: RoomId) {
  return sendCommand('lobby:list', { roomId });
}

/** Moderators only; both answer with the waiting list after the decision. */
export function admit(roomId: RoomId, userId: UserId) {
  return sendCommand('lobby:admit', { roomId, userId });
}

export function decline(roomId: RoomId, userId: UserId) {
  return sendCommand('lobby:decline', { roomId, userId });
}
