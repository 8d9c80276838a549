import type { LobbyEntry, LobbyWaiting, RoomId, UserId } from '@konsiili/shared';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { socket, type CommandOutcome } from '../../lib/socket.ts';
import { formatTime } from '../../lib/time.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { admit, decline, listWaiting } from './api.ts';
import { byArrival, newArrivals } from './arrivals.ts';

/** Agreed contract: the waiting list with admit/decline, shown to moderators only. */
export interface LobbyPanelProps {
  roomId: RoomId;
  isModerator: boolean;
}

export function LobbyPanel({ roomId, isModerator }: LobbyPanelProps) {
  return isModerator ? <LobbyList roomId={roomId} /> : null;
}

/**
 * Loads `lobby:list` on mount and after every reconnect, follows `lobby:updated`, and announces
 * politely when somebody starts waiting.
 */
function LobbyList({ roomId }: { roomId: RoomId }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const services = useMe().organisation.services;
  const titleId = useId();
  const [waiting, setWaiting] = useState<LobbyEntry[] | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [deciding, setDeciding] = useState<UserId | undefined>();
  const [decideFailed, setDecideFailed] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const waitingRef = useRef<LobbyEntry[] | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);

  const apply = useCallback(
    (list: LobbyWaiting) => {
      if (list.roomId !== roomId) return;
      const arrivals = newArrivals(waitingRef.current, list.waiting);
      waitingRef.current = list.waiting;
      setWaiting(byArrival(list.waiting));
      const [first] = arrivals;
      if (first) setAnnouncement(t('lobby.arrivedAnnouncement', { name: first.displayName }));
    },
    [roomId, t],
  );

  useEffect(() => {
    let isCurrent = true;
    async function load() {
      const outcome = await listWaiting(roomId);
      if (!isCurrent) return;
      setLoadFailed(!outcome.ok);
      if (outcome.ok) apply(outcome.data);
    }
    function onConnect() {
      void load();
    }
    socket.on('lobby:updated', apply);
    socket.on('connect', onConnect);
    if (socket.connected) void load();
    return () => {
      isCurrent = false;
      socket.off('lobby:updated', apply);
      socket.off('connect', onConnect);
    };
  }, [roomId, apply, attempt]);

  async function decide(entry: LobbyEntry, isAdmit: boolean) {
    setDeciding(entry.userId);
    const outcome: CommandOutcome<LobbyWaiting> = await (isAdmit ? admit : decline)(roomId, entry.userId);
    setDeciding(undefined);
    setDecideFailed(!outcome.ok);
    if (!outcome.ok) return;
    apply(outcome.data);
    setAnnouncement(
      t(isAdmit ? 'lobby.admittedAnnouncement' : 'lobby.declinedAnnouncement', { name: entry.displayName }),
    );
  }

  const count = waiting?.length ?? 0;
  return (
    <section className="lobby-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="lobby-panel__title">
        {t('lobby.panelTitle')}{' '}
        {count > 0 ? (
          <span className="badge lobby-panel__count">{t('lobby.waitingCount', { count })}</span>
        ) : null}
      </h2>
      {loadFailed ? (
        <Alert
          action={
            <Button
              onClick={() => {
                setAttempt((n) => n + 1);
              }}
            >
              {t('common.retry')}
            </Button>
          }
        >
          {t('lobby.errors.list')}
        </Alert>
      ) : null}
      {decideFailed ? <Alert>{t('lobby.errors.decide')}</Alert> : null}
      {waiting && waiting.length === 0 ? (
        <div className="lobby-panel__empty">
          <p>{t('lobby.empty')}</p>
          <p className="lobby-panel__hint">{t('lobby.emptyHint')}</p>
        </div>
      ) : null}
      {waiting && waiting.length > 0 ? (
        <ul className="plain-list lobby-panel__list">
          {waiting.map((entry) => {
            const service = services.find((s) => s.id === entry.serviceId)?.name[language];
            const nameId = `${titleId}-${entry.userId}`;
            return (
              <li key={entry.userId} className="lobby-entry">
                <p className="lobby-entry__name" id={nameId}>
                  {entry.displayName}
                </p>
                <p className="lobby-entry__detail">
                  {entry.profession} · {service ?? t('lobby.noService')}
                </p>
                {entry.fromOrganisation ? (
                  <p className="lobby-entry__detail">
                    {t('lobby.organisation', { name: entry.fromOrganisation })}
                  </p>
                ) : null}
                <p className="lobby-entry__detail">
                  {t('lobby.role', { role: t(`roomRoles.${entry.role}`) })} ·{' '}
                  {t('lobby.since', { time: formatTime(entry.since, language) })}
                </p>
                <div className="lobby-entry__actions">
                  <Button
                    variant="primary"
                    disabled={deciding !== undefined}
                    aria-describedby={nameId}
                    onClick={() => void decide(entry, true)}
                  >
                    {t('lobby.admit')}
                  </Button>
                  <Button
                    disabled={deciding !== undefined}
                    aria-describedby={nameId}
                    onClick={() => void decide(entry, false)}
                  >
                    {t('lobby.decline')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {/* In <body>: the chair hears about arrivals from any tab of the stage, not only this one. */}
      {createPortal(
        <LiveRegion isVisuallyHidden className="lobby-announcer">
          {announcement}
        </LiveRegion>,
        document.body,
      )}
    </section>
  );
}
