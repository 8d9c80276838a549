import type { ChatMessage, MessageId } from '@konsiili/shared';

/** One room's chat as the client holds it: messages by seq, and the newest seq the client has. */
export interface ChatState {
  messages: ChatMessage[];
  lastSeq: number;
  isChatEnabled: boolean;
  /** Messages that arrived while the pane was not in view. */
  unread: number;
}

export const emptyChat: ChatState = { messages: [], lastSeq: 0, isChatEnabled: true, unread: 0 };

/**
 * Merges messages from any source (live events, history pages after a reconnect) into seq order.
 * A seq the client already has is replaced, never duplicated, so the order in which history and live
 * events arrive does not matter.
 */
export function mergeMessages(
  state: ChatState,
  incoming: readonly ChatMessage[],
  isPaneVisible = true,
): ChatState {
  if (incoming.length === 0) return state;
  const bySeq = new Map(state.messages.map((m) => [m.seq, m]));
  let added = 0;
  for (const message of incoming) {
    if (!bySeq.has(message.seq)) added++;
    bySeq.set(message.seq, message);
  }
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return {
    ...state,
    messages,
    lastSeq: Math.max(state.lastSeq, messages.at(-1)?.seq ?? 0),
    unread: isPaneVisible ? 0 : state.unread + added,
  };
}

/** The highest seq up to which the client holds every message: where a catch-up fetch starts. */
export function contiguousSeq(state: ChatState): number {
  let expected = state.messages[0]?.seq === 1 ? 1 : 0;
  if (expected === 0) return 0;
  for (const m of state.messages) {
    if (m.seq !== expected) break;
    expected++;
  }
  return expected - 1;
}

export function markDeleted(state: ChatState, messageId: MessageId): ChatState {
  return {
    ...state,
    messages: state.messages.map((m) =>
      m.id === messageId ? { ...m, text: '', mentions: [], isDeleted: true } : m,
    ),
  };
}

export function markRead(state: ChatState): ChatState {
  return state.unread === 0 ? state : { ...state, unread: 0 };
}
