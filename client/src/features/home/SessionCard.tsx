import type { RoomSummary } from '@konsiili/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { joinWindow } from '../../lib/join-window.ts';
import { toLanguage } from '../../lib/language.ts';
import { formatDate, formatTime, formatTimeRange, isSameHelsinkiDay } from '../../lib/time.ts';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';

/** One upcoming session with the big Join button; before the window opens it says when it will. */
export function SessionCard({ room, now }: { room: RoomSummary; now: number }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const titleId = useId();
  const statusId = useId();
  const join = joinWindow(room, new Date(now));
  const startsAt = room.startsAt;

  let when = t('home.noStartTime');
  if (startsAt) {
    const day = isSameHelsinkiDay(startsAt, new Date(now)) ? t('home.today') : formatDate(startsAt, language);
    when = `${day} ${formatTimeRange(startsAt, room.durationMinutes, language)}`;
  }

  return (
    <li className="card session-card">
      <div className="session-card__info">
        <p className="session-card__kind">{t(`roomKinds.${room.kind}`)}</p>
        <h3 id={titleId} className="session-card__title">
          {room.title}
        </h3>
        <p className="session-card__when">
          <span className="visually-hidden">{t('home.startsAt')} </span>
          {when}
        </p>
        <p className="session-card__role">{t('home.myRole', { role: t(`roomRoles.${room.myRole}`) })}</p>
      </div>
      <div className="session-card__action">
        {join.state === 'open' ? (
          <LinkButton to={`/rooms/${room.id}`} size="large" aria-describedby={titleId}>
            {t('home.join')}
          </LinkButton>
        ) : (
          <>
            <Button variant="primary" size="large" disabled aria-describedby={`${titleId} ${statusId}`}>
              {t('home.join')}
            </Button>
            <p id={statusId} className="session-card__status">
              {join.state === 'too-early'
                ? t('home.joinOpensAt', { time: formatTime(join.opensAt, language) })
                : t(join.state === 'ended' ? 'home.ended' : 'roomStatus.closed')}
            </p>
          </>
        )}
      </div>
    </li>
  );
}
