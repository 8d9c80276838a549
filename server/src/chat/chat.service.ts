import { RateLimiterRes } from 'rate-limiter-flexible';
import {
  AuditAction,
  ErrorCode,
  type MessageId,
  type ChatHistoryPage,
  type ChatSent,
  type OrgId,
  type RoomId,
  type RoomKind,
  type RoomMember,
  type UserId,
} from '@konsiili/shared';
import { guardFreeText } from '@konsiili/shared/guard';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import { AppError } from '../platform/app-error.ts';
import type { Clock } from '../platform/clock.ts';
import type { RateLimiters } from '../platform/rate-limits.ts';
import { newId } from '../platform/ids.ts';
import type { Broadcaster } from '../rooms/broadcaster.ts';
import { createRoomFacts } from '../rooms/room-facts.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import { asDeleted, redactionNotices, validMentions } from './chat.ts';
import type { ChatStore } from './chat.store.ts';

export interface ChatSendInput {
  roomId: RoomId;
  text: string;
  replyToId?: MessageId | undefined;
  mentions: UserId[];
  clientId: string;
}

export interface ChatService {
  send(actor: Actor, input: ChatSendInput): Promise<ChatSent>;
  history(actor: Actor, input: { roomId: RoomId; afterSeq: number; limit: number }): Promise<ChatHistoryPage>;
  remove(actor: Actor, roomId: RoomId, messageId: MessageId): Promise<void>;
  setEnabled(actor: Actor, roomId: RoomId, isEnabled: boolean): Promise<void>;
}

export function createChatService(deps: {
  chat: ChatStore;
  rooms: RoomStore;
  broadcaster: Broadcaster;
  audit: AuditService;
  clock: Clock;
  /** Messages one person may send per ten seconds before RATE_LIMITED, counted across all nodes. */
  messagesPer10s: number;
  rateLimiters: RateLimiters;
  /** How many days the organisation keeps chat in this kind of room (shown to users). */
  retentionDays: (orgId: OrgId, kind: RoomKind) => Promise<number>;
}): ChatService {
  const limiter = deps.rateLimiters({ name: 'chat', points: deps.messagesPer10s, durationS: 10 });
  const roomFacts = createRoomFacts(deps.rooms);

  async function membership(
    actor: Actor,
    roomId: RoomId,
  ): Promise<{ member: RoomMember; kind: RoomKind; orgId: Actor['orgId'] }> {
    const room = await roomFacts(roomId);
    if (!room) throw new AppError(ErrorCode.NOT_FOUND, 'room not found');
    const member = await deps.rooms.getMember(roomId, actor.userId);
    if (!member) throw new AppError(ErrorCode.FORBIDDEN, 'join the room first');
    return { member, kind: room.kind, orgId: room.orgId };
  }

  async function requireModerator(actor: Actor, roomId: RoomId): Promise<Actor['orgId']> {
    const room = await deps.rooms.get(roomId);
    if (!room) throw new AppError(ErrorCode.NOT_FOUND, 'room not found');
    const member = await deps.rooms.getMember(roomId, actor.userId);
    if (!can(actor, Action.ROOM_MODERATE, { room, member })) {
      throw new AppError(ErrorCode.FORBIDDEN, 'only the room moderators may do this');
    }
    return room.orgId;
  }

  return {
    async send(actor, input) {
      const { member, kind, orgId } = await membership(actor, input.roomId);
      const settings = await deps.chat.getSettings(input.roomId);
      if (!settings.isChatEnabled)
        throw new AppError(ErrorCode.FORBIDDEN, 'chat is off', { reason: 'CHAT_DISABLED' });
      try {
        await limiter.consume(actor.userId);
      } catch (refusal) {
        // A refusal resolves to the limiter's verdict; anything else (Redis away) is a real failure.
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        throw new AppError(ErrorCode.RATE_LIMITED, 'too many messages', {
          retryAfterMs: refusal.msBeforeNext,
        });
      }
      if (input.replyToId && !(await deps.chat.get(input.roomId, input.replyToId))) {
        throw new AppError(ErrorCode.NOT_FOUND, 'no such message to reply to');
      }
      // The guard runs before anything is stored or sent; the raw text goes no further than here.
      const guarded = guardFreeText(input.text);
      const members = input.mentions.length > 0 ? await deps.rooms.listMembers(input.roomId) : [];
      const { message, isNew } = await deps.chat.append({
        id: newId(),
        roomId: input.roomId,
        orgId,
        roomKind: kind,
        clientId: input.clientId,
        authorId: actor.userId,
        authorName: member.displayName,
        authorProfession: member.profession,
        ...(member.serviceId ? { authorServiceId: member.serviceId } : {}),
        text: guarded.text,
        ...(input.replyToId ? { replyToId: input.replyToId } : {}),
        mentions: validMentions(input.mentions, members, actor.userId),
        createdAt: deps.clock.now().toISOString(),
        isDeleted: false,
      });
      if (isNew) {
        deps.broadcaster.toRoom(input.roomId, 'chat:posted', { roomId: input.roomId, message });
        for (const userId of message.mentions) {
          deps.broadcaster.toUser(userId, 'chat:mentioned', {
            roomId: input.roomId,
            messageId: message.id,
            byUserId: actor.userId,
          });
        }
        if (guarded.redactions.length > 0) {
          await deps.audit.record({
            orgId,
            action: AuditAction.PII_REDACTED,
            actorId: actor.userId,
            roomId: input.roomId,
            details: { field: 'chat', ...guarded.counts },
          });
        }
      }
      return { message, redactions: redactionNotices(guarded) };
    },

    async history(actor, input) {
      const { kind, orgId } = await membership(actor, input.roomId);
      const [messages, lastSeq, settings, retentionDays] = await Promise.all([
        deps.chat.list(input.roomId, { afterSeq: input.afterSeq, limit: input.limit }),
        deps.chat.lastSeq(input.roomId),
        deps.chat.getSettings(input.roomId),
        deps.retentionDays(orgId, kind),
      ]);
      return {
        messages: messages.map((m) => (m.isDeleted ? asDeleted(m) : m)),
        lastSeq,
        isChatEnabled: settings.isChatEnabled,
        retentionDays,
      };
    },

    async remove(actor, roomId, messageId) {
      const orgId = await requireModerator(actor, roomId);
      if (!(await deps.chat.markDeleted(roomId, messageId)))
        throw new AppError(ErrorCode.NOT_FOUND, 'no such message');
      deps.broadcaster.toRoom(roomId, 'chat:deleted', { roomId, messageId });
      await deps.audit.record({
        orgId,
        action: AuditAction.MESSAGE_DELETED,
        actorId: actor.userId,
        roomId,
        details: { messageId },
      });
    },

    async setEnabled(actor, roomId, isEnabled) {
      const orgId = await requireModerator(actor, roomId);
      await deps.chat.putSettings(roomId, { isChatEnabled: isEnabled });
      deps.broadcaster.toRoom(roomId, 'chat:settings-changed', { roomId, isChatEnabled: isEnabled });
      await deps.audit.record({
        orgId,
        action: AuditAction.CHAT_TOGGLED,
        actorId: actor.userId,
        roomId,
        details: { isEnabled },
      });
    },
  };
}
