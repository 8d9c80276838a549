import type { ChatMessage, PresentMember, RoomId, RoomMember } from '@konsiili/shared';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock.ts';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { ChatComposer } from './ChatComposer.tsx';
import { ChatMessageItem } from './ChatMessageItem.tsx';
import { firstLine } from './linkify.ts';
import { visibleMessages } from './state.ts';
import { useChat, type ChatNews } from './use-chat.ts';

/** Agreed contract between the meeting stage and the chat feature. */
export interface ChatPaneProps {
  roomId: RoomId;
  me: RoomMember;
  members: readonly PresentMember[];
  isModerator: boolean;
  /** Whether the chat tab is in view; hidden panes count unread messages. */
  isVisible: boolean;
  onUnreadChange: (count: number) => void;
}

/**
 * The room chat: a log of messages (author, profession, service, Helsinki time, replies, mentions),
 * a composer, and for moderators delete and chat off/on. New messages from others and mentions of me
 * are announced politely; my own typing and history loads are not.
 */
export function ChatPane({ roomId, me, members, isModerator, isVisible, onUnreadChange }: ChatPaneProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const services = useMe().organisation.services;
  const now = useNow();
  const titleId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [replyTo, setReplyTo] = useState<ChatMessage | undefined>();
  const [clearedUpToSeq, setClearedUpToSeq] = useState(0);
  const [actionError, setActionError] = useState<'delete' | 'toggle' | undefined>();
  const [isToggling, setIsToggling] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const isAtBottomRef = useRef(true);
  const membersRef = useRef(members);
  useEffect(() => {
    membersRef.current = members;
  }, [members]);

  const onNews = useCallback(
    (news: ChatNews) => {
      switch (news.kind) {
        case 'message':
          setAnnouncement(
            t('chat.newMessageAnnouncement', {
              name: news.message.authorName,
              text: firstLine(news.message.text, 200),
            }),
          );
          return;
        case 'mention': {
          const name =
            news.message?.authorName ??
            membersRef.current.find((m) => m.userId === news.byUserId)?.displayName ??
            '';
          setAnnouncement(
            t('chat.mentionAnnouncement', { name, text: firstLine(news.message?.text ?? '', 200) }),
          );
          return;
        }
        case 'deleted':
          setAnnouncement(t('chat.deletedAnnouncement'));
          return;
        case 'enabled':
          setAnnouncement(t(news.isEnabled ? 'chat.enabledAnnouncement' : 'chat.disabledAnnouncement'));
          return;
      }
    },
    [t],
  );

  const chat = useChat({ roomId, myUserId: me.userId, isVisible, onNews });
  const { state } = chat;
  const shown = visibleMessages(state, clearedUpToSeq);

  useEffect(() => {
    onUnreadChange(state.unread);
  }, [state.unread, onUnreadChange]);

  // Stay at the newest message unless the reader has scrolled up to read older ones.
  useLayoutEffect(() => {
    const log = logRef.current;
    if (log && isAtBottomRef.current) log.scrollTop = log.scrollHeight;
  }, [shown.length, isVisible]);

  const reply = useCallback((message: ChatMessage) => {
    setReplyTo(message);
    textareaRef.current?.focus();
  }, []);

  const remove = useCallback(
    async (message: ChatMessage) => {
      const outcome = await chat.remove(message.id);
      setActionError(outcome.ok ? undefined : 'delete');
      if (outcome.ok) {
        if (replyTo?.id === message.id) setReplyTo(undefined);
        // The buttons of a deleted message disappear; the log keeps the keyboard user's place.
        logRef.current?.focus();
      }
      return outcome.ok;
    },
    [chat, replyTo],
  );

  async function toggle() {
    setIsToggling(true);
    const error = await chat.setEnabled(!state.isChatEnabled);
    setIsToggling(false);
    setActionError(error ? 'toggle' : undefined);
  }

  return (
    <section className="chat-pane" aria-labelledby={titleId}>
      <div className="chat-pane__header">
        <h2 id={titleId} className="chat-pane__title">
          {t('chat.title')}
        </h2>
        <div className="chat-pane__tools">
          <Button
            variant="quiet"
            disabled={state.messages.length === 0 || state.lastSeq === clearedUpToSeq}
            onClick={() => {
              setClearedUpToSeq(state.lastSeq);
            }}
          >
            {t('chat.clearView')}
          </Button>
          {isModerator ? (
            <div role="group" aria-label={t('chat.moderation')} className="chat-pane__moderation">
              <Button disabled={isToggling} onClick={() => void toggle()}>
                {state.isChatEnabled ? t('chat.disable') : t('chat.enable')}
              </Button>
            </div>
          ) : null}
        </div>
      </div>

      {actionError ? (
        <Alert
          action={
            <Button
              variant="quiet"
              onClick={() => {
                setActionError(undefined);
              }}
            >
              {t('chat.dismiss')}
            </Button>
          }
        >
          {t(actionError === 'delete' ? 'chat.errors.delete' : 'chat.errors.toggle')}
        </Alert>
      ) : null}

      {chat.historyStatus === 'error' ? (
        <Alert action={<Button onClick={chat.retryHistory}>{t('common.retry')}</Button>}>
          {t('chat.errors.history')}
        </Alert>
      ) : null}

      {/* role="log" for structure and navigation; its implicit live announcements are turned off so that
          history loads and my own messages stay quiet. The LiveRegion below speaks for others' news. */}
      <div
        ref={logRef}
        role="log"
        aria-live="off"
        aria-label={t('chat.logLabel')}
        aria-busy={chat.historyStatus === 'loading' ? true : undefined}
        className="chat-pane__log"
        tabIndex={0}
        onScroll={(event) => {
          const log = event.currentTarget;
          isAtBottomRef.current = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
        }}
      >
        {clearedUpToSeq > 0 ? (
          <div className="chat-pane__cleared">
            <p>{t('chat.clearedNote')}</p>
            <Button
              variant="quiet"
              onClick={() => {
                setClearedUpToSeq(0);
              }}
            >
              {t('chat.showAll')}
            </Button>
          </div>
        ) : null}
        {chat.historyStatus === 'loading' && state.messages.length === 0 ? (
          <p className="chat-pane__empty">{t('chat.loading')}</p>
        ) : null}
        {chat.historyStatus === 'ready' && state.messages.length === 0 ? (
          <p className="chat-pane__empty">{t('chat.empty')}</p>
        ) : null}
        {shown.length > 0 ? (
          <ol className="chat-pane__messages">
            {shown.map((message) => (
              <ChatMessageItem
                key={message.seq}
                message={message}
                repliedTo={
                  message.replyToId ? state.messages.find((m) => m.id === message.replyToId) : undefined
                }
                myUserId={me.userId}
                services={services}
                language={language}
                now={now}
                isModerator={isModerator}
                canReply={state.isChatEnabled}
                onReply={reply}
                onDelete={remove}
              />
            ))}
          </ol>
        ) : null}
      </div>

      <ChatComposer
        members={members}
        myUserId={me.userId}
        isEnabled={state.isChatEnabled}
        replyTo={replyTo}
        onCancelReply={() => {
          setReplyTo(undefined);
        }}
        onSend={(message) => {
          // Sending brings my own message into view, wherever I had scrolled.
          isAtBottomRef.current = true;
          return chat.send(message);
        }}
        textareaRef={textareaRef}
      />
      {chat.retentionDays ? (
        <p className="chat-pane__retention">{t('chat.retention', { days: chat.retentionDays })}</p>
      ) : null}
      {/* In <body>, not in the pane: the stage hides inactive tabs, and a hidden region says nothing. */}
      {createPortal(
        <LiveRegion isVisuallyHidden className="chat-announcer">
          {announcement}
        </LiveRegion>,
        document.body,
      )}
    </section>
  );
}
