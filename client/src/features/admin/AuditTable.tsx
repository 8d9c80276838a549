import type { AuditEntry } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { formatDateTime } from '../../lib/time.ts';
import { formatAuditDetails } from './audit-details.ts';

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const none = t('common.none');
  return (
    <div className="table-wrap">
      <table className="table table--dense">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.time')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.actor')}</th>
            <th scope="col">{t('audit.columns.room')}</th>
            <th scope="col">{t('audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </td>
              <td>{t(`audit.actions.${entry.action}`)}</td>
              <td className="mono">{entry.actorId ?? none}</td>
              <td className="mono">{entry.roomId ?? none}</td>
              <td className="mono">{formatAuditDetails(entry.details) || none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
