import { z } from 'zod';
import { RoomId, ServiceId, UserId } from './ids.ts';

export const MessageId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
export type MessageId = z.infer<typeof MessageId>;

/** Longest chat message, in characters, after trimming. */
export const CHAT_MAX_LENGTH = 2000;

/** A chat message as stored and shown: its text has already passed the PII guard. */
export const ChatMessage = z.object({
  id: MessageId,
  roomId: RoomId,
  /** 1, 2, 3 … per room, without gaps: clients use it to fetch exactly what they missed. */
  seq: z.number().int().positive(),
  authorId: UserId,
  authorName: z.string(),
  authorProfession: z.string(),
  authorServiceId: ServiceId.optional(),
  text: z.string(),
  replyToId: MessageId.optional(),
  mentions: z.array(UserId),
  createdAt: z.iso.datetime({ offset: true }),
  /** A moderator removed it; the text is gone from the store. */
  isDeleted: z.boolean(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const RedactionNotice = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.string(),
});
export type RedactionNotice = z.infer<typeof RedactionNotice>;
