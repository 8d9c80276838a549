import type { ChatMessage, MessageId, OrgId, RoomId, RoomKind } from '@konsiili/shared';

/** A message before the store gives it its place in the room. */
export type NewChatMessage = Omit<ChatMessage, 'seq'> & {
  orgId: OrgId;
  roomKind: RoomKind;
  clientId: string;
};

export interface ChatSettings {
  isChatEnabled: boolean;
}

/** Port: chat messages per room with a gap-free sequence. */
export interface ChatStore {
  /**
   * Gives the message the room's next seq and stores it, atomically. When the same author already
   * sent a message with this clientId in this room, stores nothing and resolves that message.
   */
  append(message: NewChatMessage): Promise<{ message: ChatMessage; isNew: boolean }>;
  /** Messages with seq > afterSeq, oldest first, at most `limit`. */
  list(roomId: RoomId, query: { afterSeq: number; limit: number }): Promise<ChatMessage[]>;
  /** The newest seq in the room (0 when empty). */
  lastSeq(roomId: RoomId): Promise<number>;
  get(roomId: RoomId, messageId: MessageId): Promise<ChatMessage | undefined>;
  /** Erases the text and marks the message deleted; resolves false when there is no such message. */
  markDeleted(roomId: RoomId, messageId: MessageId): Promise<boolean>;
  getSettings(roomId: RoomId): Promise<ChatSettings>;
  putSettings(roomId: RoomId, settings: ChatSettings): Promise<void>;
  /**
   * Deletes one organisation's messages in rooms of `roomKind` created before `cutoff` (ISO instant).
   * The room's seq counter survives, so lastSeq and the message count stay right. Resolves how many
   * were deleted.
   */
  purge(orgId: OrgId, roomKind: RoomKind, cutoff: string): Promise<number>;
}
