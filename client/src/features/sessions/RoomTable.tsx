import type { RoomSummary } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toLanguage } from '../../lib/language.ts';
import { formatDate, formatTimeRange } from '../../lib/time.ts';

export function RoomTable({ rooms, caption }: { rooms: readonly RoomSummary[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sessions.columns.date')}</th>
            <th scope="col">{t('sessions.columns.time')}</th>
            <th scope="col">{t('sessions.columns.title')}</th>
            <th scope="col">{t('sessions.columns.kind')}</th>
            <th scope="col">{t('sessions.columns.role')}</th>
            <th scope="col">{t('sessions.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id}>
              <td>{room.startsAt ? formatDate(room.startsAt, language) : t('common.none')}</td>
              <td>
                {room.startsAt
                  ? formatTimeRange(room.startsAt, room.durationMinutes, language)
                  : t('common.none')}
              </td>
              <th scope="row">
                <Link to={`/rooms/${room.id}`}>{room.title}</Link>
              </th>
              <td>{t(`roomKinds.${room.kind}`)}</td>
              <td>{t(`roomRoles.${room.myRole}`)}</td>
              <td>{t(`roomStatus.${room.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
