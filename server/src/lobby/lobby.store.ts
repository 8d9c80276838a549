import type { LobbyEntry, RoomId, UserId } from '@konsiili/shared';

export type LobbyDecision = 'waiting' | 'admitted' | 'declined';

export interface LobbyRecord {
  entry: LobbyEntry;
  status: LobbyDecision;
}

/** Port: who waits at which room's door, and what was decided. */
export interface LobbyStore {
  /** Records a waiting entry; an existing record for the same person and room is left as it is. */
  enqueue(entry: LobbyEntry): Promise<LobbyRecord>;
  get(roomId: RoomId, userId: UserId): Promise<LobbyRecord | undefined>;
  /** Entries still waiting, longest-waiting first. */
  listWaiting(roomId: RoomId): Promise<LobbyEntry[]>;
  /** Moves a waiting entry to admitted or declined; resolves false when nobody was waiting. */
  decide(roomId: RoomId, userId: UserId, status: 'admitted' | 'declined'): Promise<boolean>;
}
