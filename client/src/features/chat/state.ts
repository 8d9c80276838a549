import type { ChatMessage, MessageId } from '@konsiili/shared';

/** One room's chat as the client holds it: messages by seq, and the newest seq the client has. */
export interface ChatState {
  messages: ChatMessage[];
  lastSeq: number;
  isChatEnabled: boolean;
  /** Messages that arrived while the pane was not in view. */
  unread: number;
  /** Seqs up to this one are gone from the server (the retention purge); nothing there is missing. */
  floorSeq?: number;
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
  const floor = state.floorSeq ?? 0;
  let expected = floor + 1;
  for (const m of state.messages) {
    if (m.seq < expected) continue;
    if (m.seq !== expected) break;
    expected++;
  }
  return expected - 1;
}

/**
 * Merges a `chat:history` page asked for with `afterSeq`. The server numbers messages without gaps, so
 * a page that starts above afterSeq + 1 means the messages in between were purged: they are not
 * missing, and catching up must not ask for them again.
 */
export function applyHistoryPage(
  state: ChatState,
  afterSeq: number,
  messages: readonly ChatMessage[],
  isPaneVisible = true,
): ChatState {
  const merged = mergeMessages(state, messages, isPaneVisible);
  const first = messages[0]?.seq;
  if (first === undefined || first <= afterSeq + 1) return merged;
  return { ...merged, floorSeq: Math.max(merged.floorSeq ?? 0, first - 1) };
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

export function setChatEnabled(state: ChatState, isChatEnabled: boolean): ChatState {
  return state.isChatEnabled === isChatEnabled ? state : { ...state, isChatEnabled };
}

/** True when the client is missing messages below `seq`: a live event arrived across a gap. */
export function hasGapBefore(state: ChatState, seq: number): boolean {
  return seq > contiguousSeq(state) + 1;
}

/** What my view shows after "clear the view": only messages newer than the seq I cleared at. */
export function visibleMessages(state: ChatState, clearedUpToSeq: number): ChatMessage[] {
  return clearedUpToSeq === 0 ? state.messages : state.messages.filter((m) => m.seq > clearedUpToSeq);
}
