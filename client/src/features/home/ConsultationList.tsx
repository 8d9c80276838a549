import type { RoomSummary } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toLanguage } from '../../lib/language.ts';
import { formatDateTime } from '../../lib/time.ts';

export function ConsultationList({ rooms }: { rooms: readonly RoomSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return (
    <ul className="plain-list consultation-list">
      {rooms.map((room) => (
        <li key={room.id} className="consultation-list__item">
          <Link to={`/rooms/${room.id}`} className="consultation-list__link">
            {room.title}
          </Link>
          <span className="consultation-list__meta">
            {t(`roomKinds.${room.kind}`)} · {t(`roomStatus.${room.status}`)} ·{' '}
            {t('home.myRole', { role: t(`roomRoles.${room.myRole}`) })}
            {room.startsAt ? ` · ${formatDateTime(room.startsAt, language)}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
