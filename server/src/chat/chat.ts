import type { ChatMessage, RedactionNotice, RoomMember, UserId } from '@konsiili/shared';
import type { GuardedText } from '@konsiili/shared/guard';

/** Mentions count only for members of the room, once each, and never the author. */
export function validMentions(
  requested: readonly UserId[],
  members: readonly RoomMember[],
  authorId: UserId,
): UserId[] {
  const memberIds = new Set(members.map((m) => m.userId));
  return [...new Set(requested)].filter((id) => id !== authorId && memberIds.has(id));
}

export function redactionNotices(guarded: GuardedText): RedactionNotice[] {
  return guarded.redactions.map((r) => ({ start: r.start, end: r.end, type: r.type }));
}

/** What others see of a deleted message: the fact, not the text. */
export function asDeleted(message: ChatMessage): ChatMessage {
  return { ...message, text: '', mentions: [], isDeleted: true };
}
