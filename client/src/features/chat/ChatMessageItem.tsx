import type { ChatMessage, Service, UserId } from '@konsiili/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../lib/language.ts';
import { formatDateTime, formatTime, isSameHelsinkiDay } from '../../lib/time.ts';
import { Button } from '../../ui/Button.tsx';
import { firstLine } from './linkify.ts';
import { MessageText } from './MessageText.tsx';

interface ChatMessageItemProps {
  message: ChatMessage;
  /** The message this one replies to, when the client holds it. */
  repliedTo: ChatMessage | undefined;
  myUserId: UserId;
  services: readonly Service[];
  language: Language;
  now: number;
  isModerator: boolean;
  canReply: boolean;
  onReply: (message: ChatMessage) => void;
  /** Resolves true when the message was deleted. */
  onDelete: (message: ChatMessage) => Promise<boolean>;
}

/** One message: who wrote it (name, profession, service), when, what it replies to, and its actions. */
export function ChatMessageItem({
  message,
  repliedTo,
  myUserId,
  services,
  language,
  now,
  isModerator,
  canReply,
  onReply,
  onDelete,
}: ChatMessageItemProps) {
  const { t } = useTranslation();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // Focus follows the question when it appears, so keyboard users answer it at once.
  useEffect(() => {
    if (isConfirming) confirmRef.current?.focus();
  }, [isConfirming]);
  const isMine = message.authorId === myUserId;
  const mentionsMe = message.mentions.includes(myUserId);
  const service = services.find((s) => s.id === message.authorServiceId)?.name[language];
  const time = isSameHelsinkiDay(message.createdAt, new Date(now))
    ? formatTime(message.createdAt, language)
    : formatDateTime(message.createdAt, language);

  const classes = [
    'chat-message',
    isMine ? 'chat-message--mine' : '',
    mentionsMe && !message.isDeleted ? 'chat-message--mention' : '',
    message.isDeleted ? 'chat-message--deleted' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes} data-seq={message.seq}>
      <p className="chat-message__meta">
        <span className="chat-message__author">
          {message.authorName}
          {isMine ? ` ${t('chat.you')}` : ''}
        </span>{' '}
        <span className="chat-message__detail">
          {[message.authorProfession, service].filter(Boolean).join(' · ')}
        </span>{' '}
        <time className="chat-message__time" dateTime={message.createdAt}>
          {time}
        </time>
      </p>
      {mentionsMe && !message.isDeleted ? (
        <p className="chat-message__badge">
          <span aria-hidden="true">@ </span>
          {t('chat.mentionedYou')}
        </p>
      ) : null}
      {message.replyToId && !message.isDeleted ? (
        <blockquote className="chat-message__quote">
          {repliedTo ? (
            <>
              <span className="visually-hidden">{t('chat.quoteFrom', { name: repliedTo.authorName })}: </span>
              <span className="chat-message__quote-author" aria-hidden="true">
                {repliedTo.authorName}
              </span>{' '}
              <span>{repliedTo.isDeleted ? t('chat.deleted') : firstLine(repliedTo.text)}</span>
            </>
          ) : (
            t('chat.quoteUnavailable')
          )}
        </blockquote>
      ) : null}
      {message.isDeleted ? (
        <p className="chat-message__text chat-message__text--deleted">{t('chat.deleted')}</p>
      ) : (
        <MessageText text={message.text} />
      )}
      {!message.isDeleted && (canReply || isModerator) ? (
        <div className="chat-message__actions">
          {isConfirming ? (
            <div className="chat-message__confirm" role="group" aria-label={t('chat.deleteConfirm')}>
              <span>{t('chat.deleteConfirm')}</span>
              <button
                type="button"
                className="btn btn--primary"
                disabled={isDeleting}
                ref={confirmRef}
                onClick={() => {
                  setIsDeleting(true);
                  void onDelete(message).then((isDeleted) => {
                    setIsDeleting(false);
                    if (!isDeleted) return;
                    setIsConfirming(false);
                  });
                }}
              >
                {t('chat.deleteConfirmYes')}
              </button>
              <Button
                variant="quiet"
                onClick={() => {
                  setIsConfirming(false);
                  requestAnimationFrame(() => deleteRef.current?.focus());
                }}
              >
                {t('chat.cancel')}
              </Button>
            </div>
          ) : (
            <>
              {canReply ? (
                <Button
                  variant="quiet"
                  aria-label={t('chat.replyToName', { name: message.authorName })}
                  onClick={() => {
                    onReply(message);
                  }}
                >
                  {t('chat.reply')}
                </Button>
              ) : null}
              {isModerator ? (
                <button
                  ref={deleteRef}
                  type="button"
                  className="btn btn--quiet"
                  aria-label={t('chat.deleteNamed', { name: message.authorName })}
                  onClick={() => {
                    setIsConfirming(true);
                  }}
                >
                  {t('chat.delete')}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}
