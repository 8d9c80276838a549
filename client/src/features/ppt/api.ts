import {
  SessionSummary,
  type ClientSegment,
  type ItemId,
  type Outcome,
  type RoomId,
  type SessionEnter,
  type UserId,
} from '@konsiili/shared';
import { request } from '../../lib/api.ts';
import { sendCommand } from '../../lib/socket.ts';

/** PPT commands; every one resolves to `{ ok, data | error }` (see lib/socket.ts sendCommand). */
export const pptApi = {
  enter: (input: SessionEnter) => sendCommand('session:enter', input),
  sync: (roomId: RoomId) => sendCommand('queue:sync', { roomId }),
  declare: (roomId: RoomId, caseCount: number, topics: string[]) =>
    sendCommand('queue:declare', { roomId, caseCount, topics }),
  addPhenomenon: (roomId: RoomId, title: string) => sendCommand('queue:add-phenomenon', { roomId, title }),
  editItem: (
    roomId: RoomId,
    itemId: ItemId,
    fields: { title?: string; question?: string; segment?: ClientSegment },
  ) => sendCommand('queue:edit-item', { roomId, itemId, ...fields }),
  reorder: (roomId: RoomId, itemIds: ItemId[]) => sendCommand('queue:reorder', { roomId, itemIds }),
  start: (roomId: RoomId, itemId?: ItemId) =>
    sendCommand('queue:start', itemId === undefined ? { roomId } : { roomId, itemId }),
  extend: (roomId: RoomId, minutes: number) => sendCommand('queue:extend', { roomId, minutes }),
  finish: (roomId: RoomId, outcome: Outcome | undefined) =>
    sendCommand('queue:finish', outcome === undefined ? { roomId } : { roomId, outcome }),
  withdraw: (roomId: RoomId, itemId: ItemId) => sendCommand('queue:withdraw', { roomId, itemId }),
  defer: (roomId: RoomId, itemId: ItemId) => sendCommand('queue:defer', { roomId, itemId }),
  raiseHand: (roomId: RoomId) => sendCommand('queue:raise-hand', { roomId }),
  lowerHand: (roomId: RoomId, userId?: UserId) =>
    sendCommand('queue:lower-hand', userId === undefined ? { roomId } : { roomId, userId }),
  giveFloor: (roomId: RoomId, userId: UserId) => sendCommand('queue:give-floor', { roomId, userId }),
  clearHands: (roomId: RoomId) => sendCommand('queue:clear-hands', { roomId }),
  end: (roomId: RoomId) => sendCommand('session:end', { roomId }),
};

/** The filed summary of an ended session; NOT_FOUND while it still runs. */
export function fetchSummary(roomId: RoomId, signal: AbortSignal): Promise<SessionSummary> {
  return request(`/api/sessions/${encodeURIComponent(roomId)}/summary`, SessionSummary, { signal });
}

export function summaryCsvUrl(roomId: RoomId): string {
  return `/api/sessions/${encodeURIComponent(roomId)}/summary.csv`;
}
