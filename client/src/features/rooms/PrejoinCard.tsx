import type { RoomSummary } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { formatDate, formatTimeRange } from '../../lib/time.ts';
import { PiiReminder } from './PiiReminder.tsx';
import { PrejoinAction } from './PrejoinAction.tsx';

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
      <PrejoinAction room={room} closedText={t('roomStatus.closed')} isJoining={isJoining} onJoin={onJoin} />
    </section>
  );
}
