import type { ChatMessage, MessageId, RoomId, UserId } from '@konsiili/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../lib/api-error.ts';
import { socket, type CommandOutcome } from '../../lib/socket.ts';
import {
  deleteMessage,
  fetchHistory,
  sendMessage,
  setChatEnabledOnServer,
  type OutgoingMessage,
} from './api.ts';
import {
  applyHistoryPage,
  contiguousSeq,
  emptyChat,
  hasGapBefore,
  markDeleted,
  markRead,
  mergeMessages,
  setChatEnabled,
  type ChatState,
} from './state.ts';

export type HistoryStatus = 'loading' | 'ready' | 'error';

/** Something that happened in the chat that a screen-reader user should hear about. */
export type ChatNews =
  | { kind: 'message'; message: ChatMessage }
  | { kind: 'mention'; message: ChatMessage | undefined; byUserId: UserId }
  | { kind: 'deleted' }
  | { kind: 'enabled'; isEnabled: boolean };

interface UseChatOptions {
  roomId: RoomId;
  myUserId: UserId;
  isVisible: boolean;
  onNews: (news: ChatNews) => void;
}

/**
 * One room's chat: loads the history on mount and catches up after every reconnect (from the last seq
 * held without a gap, page by page, until the room's newest seq), merges live events by seq, and
 * fetches again when a live message arrives across a gap. Unread counts grow only while hidden.
 */
export function useChat({ roomId, myUserId, isVisible, onNews }: UseChatOptions) {
  const [state, setState] = useState<ChatState>(emptyChat);
  const [historyStatus, setHistoryStatus] = useState<HistoryStatus>('loading');
  const [retentionDays, setRetentionDays] = useState<number | undefined>();
  // The ref is the source of truth for async code (catch-up loops read it between awaits);
  // the state copy makes React render.
  const stateRef = useRef<ChatState>(emptyChat);
  const isVisibleRef = useRef(isVisible);
  const onNewsRef = useRef(onNews);
  const catchUpRef = useRef<() => void>(() => undefined);

  useEffect(() => {
    onNewsRef.current = onNews;
  }, [onNews]);

  const update = useCallback((change: (current: ChatState) => ChatState) => {
    const next = change(stateRef.current);
    if (next === stateRef.current) return;
    stateRef.current = next;
    setState(next);
  }, []);

  useEffect(() => {
    isVisibleRef.current = isVisible;
    if (isVisible) update(markRead);
  }, [isVisible, update]);

  useEffect(() => {
    let isCurrent = true;
    // A function, not the variable: TypeScript would keep the loop condition's narrowing across awaits.
    const isMounted = () => isCurrent;
    let isRunning = false;
    let isWanted = false;
    let hasLoaded = false;

    // Serialised: a reconnect during a catch-up, or a gap seen meanwhile, runs one more round after it.
    async function catchUp(): Promise<void> {
      isWanted = true;
      if (isRunning) return;
      isRunning = true;
      try {
        while (isWanted && isCurrent) {
          isWanted = false;
          for (;;) {
            const afterSeq = contiguousSeq(stateRef.current);
            const page = await fetchHistory(roomId, afterSeq);
            if (!isMounted()) return;
            if (!page.ok) {
              if (!hasLoaded) setHistoryStatus('error');
              return;
            }
            // The first load is what was said before I came: it is not "unread".
            const counts = hasLoaded && !isVisibleRef.current;
            update((s) =>
              setChatEnabled(
                applyHistoryPage(s, afterSeq, page.data.messages, !counts),
                page.data.isChatEnabled,
              ),
            );
            setRetentionDays(page.data.retentionDays);
            const held = contiguousSeq(stateRef.current);
            // Stop when caught up, and also when a page brought nothing new (never loop forever).
            if (held >= page.data.lastSeq || held <= afterSeq) break;
          }
          hasLoaded = true;
          setHistoryStatus('ready');
        }
      } finally {
        isRunning = false;
      }
    }
    catchUpRef.current = () => {
      void catchUp();
    };

    function onConnect() {
      void catchUp();
    }
    function onPosted(event: { roomId: RoomId; message: ChatMessage }) {
      if (event.roomId !== roomId) return;
      const isGap = hasGapBefore(stateRef.current, event.message.seq);
      const isNew = !stateRef.current.messages.some((m) => m.seq === event.message.seq);
      const fromOther = event.message.authorId !== myUserId;
      update((s) => mergeMessages(s, [event.message], isVisibleRef.current || !fromOther));
      if (isNew && fromOther && !event.message.mentions.includes(myUserId)) {
        onNewsRef.current({ kind: 'message', message: event.message });
      }
      if (isGap) void catchUp();
    }
    function onDeleted(event: { roomId: RoomId; messageId: MessageId }) {
      if (event.roomId !== roomId) return;
      update((s) => markDeleted(s, event.messageId));
      onNewsRef.current({ kind: 'deleted' });
    }
    function onSettings(event: { roomId: RoomId; isChatEnabled: boolean }) {
      if (event.roomId !== roomId) return;
      const changed = stateRef.current.isChatEnabled !== event.isChatEnabled;
      update((s) => setChatEnabled(s, event.isChatEnabled));
      if (changed) onNewsRef.current({ kind: 'enabled', isEnabled: event.isChatEnabled });
    }
    function onMentioned(event: { roomId: RoomId; messageId: MessageId; byUserId: UserId }) {
      if (event.roomId !== roomId) return;
      const message = stateRef.current.messages.find((m) => m.id === event.messageId);
      onNewsRef.current({ kind: 'mention', message, byUserId: event.byUserId });
    }

    socket.on('connect', onConnect);
    socket.on('chat:posted', onPosted);
    socket.on('chat:deleted', onDeleted);
    socket.on('chat:settings-changed', onSettings);
    socket.on('chat:mentioned', onMentioned);
    if (socket.connected) void catchUp();
    return () => {
      isCurrent = false;
      socket.off('connect', onConnect);
      socket.off('chat:posted', onPosted);
      socket.off('chat:deleted', onDeleted);
      socket.off('chat:settings-changed', onSettings);
      socket.off('chat:mentioned', onMentioned);
    };
  }, [roomId, myUserId, update]);

  const send = useCallback(
    async (message: OutgoingMessage) => {
      const outcome = await sendMessage(roomId, message);
      if (outcome.ok) update((s) => mergeMessages(s, [outcome.data.message], true));
      return outcome;
    },
    [roomId, update],
  );

  const remove = useCallback(
    async (messageId: MessageId): Promise<CommandOutcome<unknown>> => {
      const outcome = await deleteMessage(roomId, messageId);
      if (outcome.ok) update((s) => markDeleted(s, messageId));
      return outcome;
    },
    [roomId, update],
  );

  const setEnabled = useCallback(
    async (isEnabled: boolean): Promise<ApiError | undefined> => {
      const outcome = await setChatEnabledOnServer(roomId, isEnabled);
      if (!outcome.ok) return outcome.error;
      update((s) => setChatEnabled(s, isEnabled));
      return undefined;
    },
    [roomId, update],
  );

  const retryHistory = useCallback(() => {
    setHistoryStatus('loading');
    catchUpRef.current();
  }, []);

  return { state, historyStatus, retentionDays, send, remove, setEnabled, retryHistory };
}
