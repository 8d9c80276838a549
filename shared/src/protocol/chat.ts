import { z } from 'zod';
import { RoomId, UserId } from '../model/ids.ts';
import { CHAT_MAX_LENGTH, ChatMessage, MessageId, RedactionNotice } from '../model/chat.ts';
import { command } from './define.ts';

export const ChatSend = z.object({
  roomId: RoomId,
  text: z.string().trim().min(1).max(CHAT_MAX_LENGTH),
  replyToId: MessageId.optional(),
  /** Members the author picked with @; each gets a notification. */
  mentions: z.array(UserId).max(50).default([]),
  /** Chosen by the client; sending the same id again returns the stored message (safe retries). */
  clientId: z.string().min(8).max(64),
});
export type ChatSend = z.input<typeof ChatSend>;

/** The sender alone learns what the guard removed (types and positions in what they typed). */
export const ChatSent = z.object({ message: ChatMessage, redactions: z.array(RedactionNotice) });
export type ChatSent = z.infer<typeof ChatSent>;

export const ChatHistory = z.object({
  roomId: RoomId,
  /** Only messages after this seq (what a reconnecting client is missing). */
  afterSeq: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ChatHistory = z.input<typeof ChatHistory>;

export const ChatHistoryPage = z.object({
  messages: z.array(ChatMessage),
  /** The room's newest seq; when it is above the last message returned, ask again. */
  lastSeq: z.number().int().nonnegative(),
  isChatEnabled: z.boolean(),
  /** Days chat is kept in this kind of room before the purge deletes it. */
  retentionDays: z.number().int().positive(),
});
export type ChatHistoryPage = z.infer<typeof ChatHistoryPage>;

export const ChatDelete = z.object({ roomId: RoomId, messageId: MessageId });
export type ChatDelete = z.infer<typeof ChatDelete>;

export const ChatSetEnabled = z.object({ roomId: RoomId, isEnabled: z.boolean() });
export type ChatSetEnabled = z.infer<typeof ChatSetEnabled>;

export const ChatPosted = z.object({ roomId: RoomId, message: ChatMessage });
export type ChatPosted = z.infer<typeof ChatPosted>;

export const ChatDeleted = z.object({ roomId: RoomId, messageId: MessageId });
export const ChatSettingsChanged = z.object({ roomId: RoomId, isChatEnabled: z.boolean() });
export const ChatMentioned = z.object({ roomId: RoomId, messageId: MessageId, byUserId: UserId });

const Done = z.object({ ok: z.literal(true) });

export const chatCommands = {
  /** Post a message. The text passes the PII guard first. FORBIDDEN when chat is off. */
  'chat:send': command(ChatSend, ChatSent),
  /** Messages after a seq, oldest first. */
  'chat:history': command(ChatHistory, ChatHistoryPage),
  /** Moderators only: removes a message for everyone. */
  'chat:delete': command(ChatDelete, Done),
  /** Moderators only: switch the room's chat off or on. */
  'chat:set-enabled': command(ChatSetEnabled, Done),
} as const;

export const chatEvents = {
  'chat:posted': ChatPosted,
  'chat:deleted': ChatDeleted,
  'chat:settings-changed': ChatSettingsChanged,
  /** Sent only to the mentioned member. */
  'chat:mentioned': ChatMentioned,
} as const;
