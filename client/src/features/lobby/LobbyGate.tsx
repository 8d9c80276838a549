import type { RoomId } from '@konsiili/shared';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, type ApiError } from '../../lib/api-error.ts';
import { socket } from '../../lib/socket.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { knock } from './api.ts';

/**
 * Agreed contract: knocks (`lobby:knock`) before the room is joined; renders `children` once admitted,
 * a calm waiting view while a moderator decides, and a clear message when declined.
 */
export interface LobbyGateProps {
  roomId: RoomId;
  children: ReactNode;
}

type Door =
  | { status: 'knocking' }
  | { status: 'waiting' }
  | { status: 'admitted' }
  | { status: 'declined' }
  | { status: 'failed'; error: ApiError };

/**
 * While waiting it listens for `lobby:admitted` / `lobby:declined` and knocks again after every
 * reconnect (the decision may have been made while the connection was down, and a knock also reminds
 * the moderators). A decision is final for this visit: a late "waiting" answer never undoes it.
 */
export function LobbyGate({ roomId, children }: LobbyGateProps) {
  const { t } = useTranslation();
  const [door, setDoor] = useState<Door>({ status: 'knocking' });
  const [attempt, setAttempt] = useState(0);
  const decidedRef = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let isCurrent = true;
    decidedRef.current = false;

    // Read through a function: the answer can arrive while `ask` awaits its ack.
    const isDecided = () => decidedRef.current;
    function decide(status: 'admitted' | 'declined') {
      decidedRef.current = true;
      setDoor({ status });
    }
    async function ask() {
      if (isDecided()) return;
      const outcome = await knock(roomId);
      if (!isCurrent || isDecided()) return;
      if (!outcome.ok) {
        setDoor({ status: 'failed', error: outcome.error });
        return;
      }
      if (outcome.data.status === 'waiting') setDoor({ status: 'waiting' });
      else decide(outcome.data.status);
    }
    function onAdmitted(event: { roomId: RoomId }) {
      if (event.roomId === roomId && isCurrent) decide('admitted');
    }
    function onDeclined(event: { roomId: RoomId }) {
      if (event.roomId === roomId && isCurrent) decide('declined');
    }
    function onConnect() {
      void ask();
    }

    socket.on('lobby:admitted', onAdmitted);
    socket.on('lobby:declined', onDeclined);
    socket.on('connect', onConnect);
    // When not connected yet, the 'connect' listener knocks.
    if (socket.connected) void ask();
    return () => {
      isCurrent = false;
      socket.off('lobby:admitted', onAdmitted);
      socket.off('lobby:declined', onDeclined);
      socket.off('connect', onConnect);
    };
  }, [roomId, attempt]);

  // Move keyboard and screen-reader users to the new view when the door's answer changes it.
  useEffect(() => {
    if (door.status === 'waiting' || door.status === 'declined') headingRef.current?.focus();
  }, [door.status]);

  const retry = useCallback(() => {
    setDoor({ status: 'knocking' });
    setAttempt((n) => n + 1);
  }, []);

  if (door.status === 'admitted') return <>{children}</>;

  return (
    <div className="lobby-gate">
      {door.status === 'knocking' ? (
        <p className="loading" role="status">
          {t('lobby.knocking')}
        </p>
      ) : null}
      {door.status === 'failed' ? (
        <Alert
          action={
            <Button variant="primary" onClick={retry}>
              {t('common.retry')}
            </Button>
          }
        >
          {t('lobby.failed')} {t(errorMessageKey(door.error))}
        </Alert>
      ) : null}
      {door.status === 'waiting' ? (
        <section className="card lobby-wait" aria-labelledby="lobby-wait-title">
          <HourglassIcon />
          <h2 id="lobby-wait-title" ref={headingRef} tabIndex={-1}>
            {t('lobby.waitingTitle')}
          </h2>
          <LiveRegion>
            <p className="lobby-wait__body">{t('lobby.waitingBody')}</p>
          </LiveRegion>
          <p className="lobby-wait__hint">{t('lobby.waitingHint')}</p>
        </section>
      ) : null}
      {door.status === 'declined' ? (
        <section className="card lobby-declined" aria-labelledby="lobby-declined-title">
          <h2 id="lobby-declined-title" ref={headingRef} tabIndex={-1}>
            {t('lobby.declinedTitle')}
          </h2>
          <p role="status">{t('lobby.declinedBody')}</p>
          <LinkButton to="/">{t('common.toHome')}</LinkButton>
        </section>
      ) : null}
    </div>
  );
}

/** Decorative: the waiting view says in words what it means. Static, so nothing moves. */
function HourglassIcon() {
  return (
    <svg
      className="lobby-wait__icon"
      width="40"
      height="40"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 3h12M6 21h12M7 3c0 5 5 6 5 9s-5 4-5 9M17 3c0 5-5 6-5 9s5 4 5 9" />
      <path d="M9.5 18.5h5" />
    </svg>
  );
}
