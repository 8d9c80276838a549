import type { RoomSummary } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock.ts';
import { joinWindow } from '../../lib/join-window.ts';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { formatDate, formatTime, formatTimeRange } from '../../lib/time.ts';
import { Button } from '../../ui/Button.tsx';
import { PiiReminder } from './PiiReminder.tsx';

interface PrejoinCardProps {
  room: RoomSummary;
  isJoining: boolean;
  onJoin: () => void;
}

/** Who I join as, when the room is, and the anonymity rule, before anything is shared. */
export function PrejoinCard({ room, isJoining, onJoin }: PrejoinCardProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const me = useMe();
  const now = useNow();
  const join = joinWindow(room, new Date(now));

  return (
    <section className="card prejoin" aria-labelledby="prejoin-title">
      <h2 id="prejoin-title">{t('room.prejoinTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('room.joiningAs')}</dt>
          <dd>
            {me.user.displayName}, {me.user.profession}
          </dd>
        </div>
        <div>
          <dt>{t('room.myRole')}</dt>
          <dd>{t(`roomRoles.${room.myRole}`)}</dd>
        </div>
        {room.startsAt ? (
          <div>
            <dt>{t('room.time')}</dt>
            <dd>
              {formatDate(room.startsAt, language)}{' '}
              {formatTimeRange(room.startsAt, room.durationMinutes, language)}
            </dd>
          </div>
        ) : null}
      </dl>
      <PiiReminder />
      <div className="prejoin__action">
        <Button
          variant="primary"
          size="large"
          disabled={join.state !== 'open' || isJoining}
          aria-describedby="prejoin-status"
          onClick={onJoin}
        >
          {isJoining ? t('room.joining') : t('room.join')}
        </Button>
        <p id="prejoin-status" className="prejoin__status">
          {join.state === 'too-early'
            ? t('home.joinOpensAt', { time: formatTime(join.opensAt, language) })
            : null}
          {join.state === 'ended' ? t('home.ended') : null}
          {join.state === 'closed' ? t('roomStatus.closed') : null}
        </p>
      </div>
    </section>
  );
}
