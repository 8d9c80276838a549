import type { TFunction } from 'i18next';
import {
  CHAT_MAX_LENGTH,
  type ChatMessage,
  type ChatSent,
  type PresentMember,
  type UserId,
} from '@konsiili/shared';
import { useEffect, useId, useState, type KeyboardEvent, type RefObject, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePiiHints } from '../../lib/pii-hints.ts';
import type { CommandOutcome } from '../../lib/socket.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { PiiWarning } from '../../ui/PiiWarning.tsx';
import type { OutgoingMessage } from './api.ts';
import { draftLength, redactedTypes, sendFailure, type SendFailure } from './compose.ts';
import { firstLine } from './linkify.ts';
import {
  insertMention,
  mentionCandidates,
  mentionQueryAt,
  mentionsInText,
  type MentionQuery,
  type PickedMention,
} from './mentions.ts';

interface ChatComposerProps {
  members: readonly PresentMember[];
  myUserId: UserId;
  isEnabled: boolean;
  replyTo: ChatMessage | undefined;
  onCancelReply: () => void;
  onSend: (message: OutgoingMessage) => Promise<CommandOutcome<ChatSent>>;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/** A failed attempt keeps its client id while its text is unchanged, so a retry cannot post twice. */
interface Attempt {
  text: string;
  clientId: string;
}

/**
 * The message box: Enter sends, Shift+Enter adds a line, @ opens a list of members (arrow keys, Enter or
 * Tab to pick, Esc to close). Text leaves the box only when the server has stored it.
 */
export function ChatComposer({
  members,
  myUserId,
  isEnabled,
  replyTo,
  onCancelReply,
  onSend,
  textareaRef,
}: ChatComposerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<PickedMention[]>([]);
  const [attempt, setAttempt] = useState<Attempt | undefined>();
  const [isSending, setIsSending] = useState(false);
  const [failure, setFailure] = useState<SendFailure | undefined>();
  const [failedAt, setFailedAt] = useState(0);
  const [redacted, setRedacted] = useState<string[] | undefined>();
  const [query, setQuery] = useState<MentionQuery | undefined>();
  const [activeIndex, setActiveIndex] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const piiSpans = usePiiHints(text);
  const [needsPiiConfirm, setNeedsPiiConfirm] = useState(false);
  const now = useSecondTicker(failure?.kind === 'rate-limited');

  const draft = draftLength(text);
  const candidates = query ? mentionCandidates(members, query.query, myUserId, i18n.language) : [];
  const isListOpen = isEnabled && query !== undefined && candidates.length > 0;
  const active = candidates[Math.min(activeIndex, candidates.length - 1)];
  const waitSeconds =
    failure?.kind === 'rate-limited' ? Math.max(0, Math.ceil((failure.retryAt - now) / 1000)) : 0;
  const canSend = isEnabled && !isSending && waitSeconds === 0;

  function updateQuery(value: string, caret: number) {
    setQuery(mentionQueryAt(value, caret));
    setActiveIndex(0);
  }

  function pick(member: PresentMember) {
    if (!query) return;
    const caret = textareaRef.current?.selectionStart ?? text.length;
    const next = insertMention(text, query, caret, member.displayName);
    setText(next.text);
    setPicked((list) => [...list, { userId: member.userId, displayName: member.displayName }]);
    setQuery(undefined);
    textareaRef.current?.focus();
    // The caret can move only after React has put the new text into the textarea.
    requestAnimationFrame(() => {
      textareaRef.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  /** `isPiiConfirmed`: the writer saw the warning and sends anyway; the server redacts regardless. */
  async function submit(isPiiConfirmed = false) {
    if (!canSend) return;
    if (piiSpans.length > 0 && !isPiiConfirmed) {
      setNeedsPiiConfirm(true);
      setAnnouncement(t('pii.confirm'));
      return;
    }
    setNeedsPiiConfirm(false);
    if (!draft.isSendable) {
      if (draft.over > 0) {
        setAnnouncement(t('chat.errors.tooLong', { over: draft.over, max: CHAT_MAX_LENGTH }));
      }
      return;
    }
    const current = attempt?.text === text ? attempt : { text, clientId: crypto.randomUUID() };
    setAttempt(current);
    setIsSending(true);
    setFailure(undefined);
    const outcome = await onSend({
      text,
      replyToId: replyTo?.id,
      mentions: mentionsInText(text, picked),
      clientId: current.clientId,
    });
    setIsSending(false);
    if (!outcome.ok) {
      const at = currentTime();
      setFailedAt(at);
      setFailure(sendFailure(outcome.error, at));
      textareaRef.current?.focus();
      return;
    }
    setText('');
    setPicked([]);
    setAttempt(undefined);
    setQuery(undefined);
    onCancelReply();
    const types = redactedTypes(outcome.data.redactions);
    setRedacted(types.length > 0 ? types : undefined);
    textareaRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (isListOpen) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActiveIndex((i) => (i + step + candidates.length) % candidates.length);
        return;
      }
      if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
        if (active) {
          event.preventDefault();
          pick(active);
        }
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setQuery(undefined);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void submit();
    }
  }

  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const closedId = `${id}-closed`;
  const listId = `${id}-mentions`;
  const piiId = `${id}-pii`;
  const describedBy = [
    isEnabled ? '' : closedId,
    hintId,
    counterId,
    draft.over > 0 ? errorId : '',
    piiSpans.length > 0 ? piiId : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      className="chat-composer"
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        void submit();
      }}
    >
      {redacted ? (
        <Alert
          tone="info"
          action={
            <Button
              variant="quiet"
              onClick={() => {
                setRedacted(undefined);
              }}
            >
              {t('chat.dismiss')}
            </Button>
          }
        >
          <p>
            {t('chat.redactionNotice', {
              types: redacted.map((type) => piiTypeName(type, t)).join(', '),
            })}
          </p>
          <p>{t('chat.redactionHint')}</p>
        </Alert>
      ) : null}
      {failure ? (
        <Alert
          action={
            failure.kind !== 'chat-disabled' && failure.kind !== 'invalid' ? (
              <Button disabled={!canSend} onClick={() => void submit()}>
                {t('chat.retry')}
              </Button>
            ) : undefined
          }
        >
          {failureText(failure, failedAt, waitSeconds, t)}
        </Alert>
      ) : null}
      {!isEnabled ? (
        <p id={closedId} className="chat-composer__closed">
          <span className="chat-composer__closed-icon" aria-hidden="true">
            !
          </span>
          <span>{t('chat.closedByChair')}</span>
        </p>
      ) : null}
      {replyTo ? (
        <div className="chat-composer__reply">
          <p>
            {t('chat.replyingTo', { name: replyTo.authorName })}{' '}
            <q>{replyTo.isDeleted ? t('chat.deleted') : firstLine(replyTo.text)}</q>
          </p>
          <Button variant="quiet" onClick={onCancelReply}>
            {t('chat.cancelReply')}
          </Button>
        </div>
      ) : null}
      <div className={`field chat-composer__field${draft.over > 0 ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('chat.composerLabel')}
        </label>
        <p className="field__hint" id={hintId}>
          {t('chat.composerHint')}
        </p>
        <div className="chat-composer__box">
          {isListOpen ? (
            <ul id={listId} role="listbox" aria-label={t('chat.mentionList')} className="mention-list">
              {candidates.map((member, index) => (
                <li
                  key={member.userId}
                  id={`${listId}-${member.userId}`}
                  role="option"
                  aria-selected={member === active}
                  className="mention-list__option"
                  // Keep focus (and the caret) in the textarea while clicking an option.
                  onMouseDown={(event) => {
                    event.preventDefault();
                  }}
                  onClick={() => {
                    pick(member);
                  }}
                  onMouseEnter={() => {
                    setActiveIndex(index);
                  }}
                >
                  <span className="mention-list__name">{member.displayName}</span>{' '}
                  <span className="mention-list__detail">{member.profession}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <textarea
            id={`${id}-text`}
            ref={textareaRef}
            className="field__input chat-composer__input"
            rows={3}
            value={text}
            disabled={!isEnabled}
            readOnly={isSending}
            aria-describedby={describedBy}
            aria-invalid={draft.over > 0 ? true : undefined}
            aria-autocomplete="list"
            aria-controls={isListOpen ? listId : undefined}
            aria-activedescendant={isListOpen && active ? `${listId}-${active.userId}` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setNeedsPiiConfirm(false);
              updateQuery(event.target.value, event.target.selectionStart);
            }}
            onSelect={(event) => {
              const target = event.currentTarget;
              if (target.selectionStart !== target.selectionEnd) setQuery(undefined);
              else updateQuery(target.value, target.selectionStart);
            }}
            onBlur={() => {
              setQuery(undefined);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <PiiWarning id={piiId} text={text} spans={piiSpans} />
        {needsPiiConfirm && piiSpans.length > 0 ? (
          <p className="chat-composer__confirm">
            {t('pii.confirm')}{' '}
            <Button type="button" onClick={() => void submit(true)}>
              {t('pii.sendAnyway')}
            </Button>
          </p>
        ) : null}
        <div className="chat-composer__footer">
          <p id={counterId} className="chat-composer__counter">
            {t('chat.counter', { count: draft.length, max: CHAT_MAX_LENGTH })}
          </p>
          <Button type="submit" variant="primary" disabled={!canSend || !draft.isSendable}>
            {isSending ? t('chat.sending') : t('chat.send')}
          </Button>
        </div>
        {draft.over > 0 ? (
          <p className="field__error" id={errorId}>
            <span aria-hidden="true">! </span>
            {t('chat.errors.tooLong', { over: draft.over, max: CHAT_MAX_LENGTH })}
          </p>
        ) : null}
      </div>
      {/* The too-long error is spoken once per attempt to send, not on every keystroke. */}
      <LiveRegion isVisuallyHidden>{announcement}</LiveRegion>
    </form>
  );
}

type T = TFunction;

const PII_TYPES = [
  'HETU',
  'NAME',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'POSTAL_CODE',
  'DATE_OF_BIRTH',
  'IBAN',
  'OTHER_ID',
] as const;

function piiTypeName(type: string, t: T): string {
  const known = PII_TYPES.find((k) => k === type);
  return known ? t(`pii.types.${known}`) : t('pii.types.other');
}

/**
 * The alert's text. While rate-limited it names the wait once (the alert is a live region: a ticking
 * number would be read out every second) and changes once more when sending is possible again.
 */
function failureText(failure: SendFailure, failedAt: number, waitSeconds: number, t: T): string {
  switch (failure.kind) {
    case 'rate-limited':
      return waitSeconds > 0
        ? t('chat.errors.rateLimited', {
            seconds: Math.max(1, Math.ceil((failure.retryAt - failedAt) / 1000)),
          })
        : t('chat.errors.rateLimitedOver');
    case 'chat-disabled':
      return t('chat.errors.chatDisabled');
    case 'invalid':
      return t('chat.errors.invalid');
    case 'not-sent':
      return t('chat.errors.notSent');
    case 'other':
      return `${t(`errors.${failure.code}`)} ${t('chat.errors.other')}`;
  }
}

function currentTime(): number {
  return Date.now();
}

/** The time in ms, refreshed every second while `isActive` (a rate-limit countdown). */
function useSecondTicker(isActive: boolean): number {
  const [now, setNow] = useState(currentTime);
  useEffect(() => {
    if (!isActive) return undefined;
    const tick = () => {
      setNow(currentTime());
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [isActive]);
  return now;
}
