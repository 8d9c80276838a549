import type { MessageId, RoomId, UserId } from '@konsiili/shared';
import { sendCommand } from '../../lib/socket.ts';

export interface OutgoingMessage {
  text: string;
  replyToId?: MessageId | undefined;
  mentions: UserId[];
  /** The same id on a retry makes the server return the stored message instead of a second copy. */
  clientId: string;
}

/** Posts a message; the ack carries the stored (guarded) message and what the guard removed. */
export function sendMessage(roomId: RoomId, message: OutgoingMessage) {
  return sendCommand('chat:send', {
    roomId,
    text: message.text,
    mentions: message.mentions,
    clientId: message.clientId,
    ...(message.replyToId ? { replyToId: message.replyToId } : {}),
  });
}

/** One page of messages after `afterSeq`, oldest first, with the room's newest seq. */
export function fetchHistory(roomId: RoomId, afterSeq: number) {
  return sendCommand('chat:history', { roomId, afterSeq, limit: 200 });
}

export function deleteMessage(roomId: RoomId, messageId: MessageId) {
  return sendCommand('chat:delete', { roomId, messageId });
}

export function setChatEnabledOnServer(roomId: RoomId, isEnabled: boolean) {
  return sendCommand('chat:set-enabled', { roomId, isEnabled });
}
