import { SeriesDetail, type AgendaItem, type RoomId, type SessionSummary } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { request } from '../../lib/api.ts';
import { formatDate } from '../../lib/time.ts';
import { useResource } from '../../lib/use-resource.ts';
import { usePptLabels } from './labels.ts';
import { summaryCsvUrl } from './api.ts';

function dateOf(localDate: string): string {
  // A Helsinki calendar date; noon UTC is the same day in Helsinki all year.
  return `${localDate}T12:00:00Z`;
}

/** After the session: what was handled, deferred and withdrawn, time per item, and who was there. */
export function SummaryView({
  roomId,
  summary,
  items = [],
}: {
  roomId: RoomId;
  summary: SessionSummary;
  /** The session's agenda, when this client followed it live: gives the rows their titles. */
  items?: readonly AgendaItem[];
}) {
  const { t } = useTranslation();
  const { language, serviceName, itemTitle } = usePptLabels();
  const minutes = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
      maximumFractionDigits: 1,
    }).format(value);
  const { resource } = useResource(`series:${summary.seriesId}`, (signal) =>
    request(`/api/series/${encodeURIComponent(summary.seriesId)}`, SeriesDetail, { signal }),
  );
  const next =
    resource.status === 'ready'
      ? resource.data.upcoming.find((o) => o.date > summary.date && !o.isCancelled)
      : undefined;
  const titleOf = (itemId: string) => {
    const item = items.find((i) => i.id === itemId);
    return item ? itemTitle(item) : '';
  };
  const totalMinutes = summary.minutesPerItem.reduce((sum, m) => sum + m.minutes, 0);

  return (
    <section className="summary card" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {t('ppt.summary.title', { date: formatDate(dateOf(summary.date), language) })}
      </h2>
      <dl className="summary__figures">
        <div>
          <dt>{t('ppt.summary.handled')}</dt>
          <dd data-figure="handled">{summary.casesHandled}</dd>
        </div>
        <div>
          <dt>{t('ppt.summary.deferred')}</dt>
          <dd data-figure="deferred">{summary.casesDeferred}</dd>
        </div>
        <div>
          <dt>{t('ppt.summary.withdrawn')}</dt>
          <dd data-figure="withdrawn">{summary.casesWithdrawn}</dd>
        </div>
        <div>
          <dt>{t('ppt.summary.declared')}</dt>
          <dd data-figure="declared">{summary.casesDeclared}</dd>
        </div>
        <div>
          <dt>{t('ppt.summary.phenomena')}</dt>
          <dd data-figure="phenomena">{summary.phenomenaHandled}</dd>
        </div>
        <div>
          <dt>{t('ppt.summary.participants')}</dt>
          <dd data-figure="participants">{summary.participantCount}</dd>
        </div>
      </dl>

      <p className={`summary__turns summary__turns--${summary.everyDeclaredCaseGotTurn ? 'yes' : 'no'}`}>
        <span aria-hidden="true">{summary.everyDeclaredCaseGotTurn ? '✓ ' : '! '}</span>
        {t('ppt.summary.everyTurn')}{' '}
        <strong>{summary.everyDeclaredCaseGotTurn ? t('ppt.summary.yes') : t('ppt.summary.no')}</strong>
      </p>

      {summary.casesDeferred > 0 ? (
        <p className="summary__deferred">
          {t('ppt.summary.deferredMove', { count: summary.casesDeferred })}{' '}
          {next ? (
            <Link to={`/rooms/${next.roomId}`}>
              {t('ppt.summary.nextOccurrence', { date: formatDate(next.startsAt, language) })}
            </Link>
          ) : null}
        </p>
      ) : null}

      <h3 id="summary-minutes">{t('ppt.summary.minutesTitle')}</h3>
      {summary.minutesPerItem.length === 0 ? (
        <p className="muted">{t('ppt.summary.noItems')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--dense" aria-labelledby="summary-minutes">
            <thead>
              <tr>
                <th scope="col">{t('ppt.summary.item')}</th>
                <th scope="col">{t('ppt.summary.kind')}</th>
                <th scope="col">{t('ppt.summary.minutes')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.minutesPerItem.map((m, index) => (
                <tr key={m.itemId}>
                  <th scope="row">
                    {index + 1}. {titleOf(m.itemId)}
                  </th>
                  <td>{t(m.kind === 'case' ? 'ppt.kind.case' : 'ppt.kind.phenomenon')}</td>
                  <td>{t('ppt.summary.minutesValue', { minutes: minutes(m.minutes) })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('ppt.summary.total')}</th>
                <td />
                <td>{t('ppt.summary.minutesValue', { minutes: minutes(totalMinutes) })}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}

      <div className="summary__services">
        <section aria-labelledby="summary-present">
          <h3 id="summary-present">{t('ppt.summary.servicesPresent')}</h3>
          {summary.servicesPresent.length === 0 ? (
            <p className="muted">{t('common.none')}</p>
          ) : (
            <ul className="plain-list chips" data-list="present">
              {summary.servicesPresent.map((id) => (
                <li key={id} className="chip chip--present">
                  <span aria-hidden="true">✓ </span>
                  {serviceName(id)}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="summary-missing">
          <h3 id="summary-missing">{t('ppt.summary.servicesMissing')}</h3>
          {summary.servicesMissing.length === 0 ? (
            <p className="muted">{t('ppt.summary.noneMissing')}</p>
          ) : (
            <ul className="plain-list chips" data-list="missing">
              {summary.servicesMissing.map((id) => (
                <li key={id} className="chip chip--missing">
                  <span aria-hidden="true">✗ </span>
                  {serviceName(id)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <p className="summary__actions">
        <a className="btn btn--secondary" href={summaryCsvUrl(roomId)} download>
          {t('ppt.summary.csv')}
        </a>{' '}
        <Link to={`/series/${summary.seriesId}`}>{t('ppt.summary.toSeries')}</Link>
      </p>
    </section>
  );
}
