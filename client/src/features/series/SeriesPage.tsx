import { SeriesId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { formatDate, formatTimeRange } from '../../lib/time.ts';
import { useResource } from '../../lib/use-resource.ts';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { MessagePage } from '../../ui/MessagePage.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { calendarUrl, fetchSeriesDetail } from './api.ts';

/** /series/:seriesId — the next occurrences with join links, and the figures so far. */
export function SeriesPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = SeriesId.safeParse(params.seriesId);
  if (!id.success) {
    return (
      <MessagePage
        title={t('series.notFound')}
        action={<LinkButton to="/series">{t('series.toList')}</LinkButton>}
      >
        <p>{t('room.notFoundBody')}</p>
      </MessagePage>
    );
  }
  return <SeriesDetailView key={id.data} id={id.data} />;
}

function SeriesDetailView({ id }: { id: SeriesId }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const me = useMe();
  const { resource, reload } = useResource(`series:${id}`, (signal) => fetchSeriesDetail(id, signal));
  const title = resource.status === 'ready' ? resource.data.series.centreName : t('series.title');
  usePageTitle(title);
  const minutes = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
      maximumFractionDigits: 1,
    }).format(value);
  const serviceName = (serviceId: string) =>
    me.organisation.services.find((s) => s.id === serviceId)?.name[language] ?? t('ppt.unknownService');

  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') {
    return <LoadError error={resource.error} onRetry={reload} />;
  }
  const { series, upcoming, summaries } = resource.data;

  return (
    <div className="page series-detail">
      <div className="page__header">
        <p className="page__eyebrow">
          <Link to="/series">{t('series.title')}</Link>
        </p>
        <h1>{series.centreName}</h1>
        <p className="lead">
          {t('series.slot', {
            weekday: t(`series.weekdaysPlural.${series.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
            time: series.startTime.replace(':', '.'),
            minutes: series.durationMinutes,
          })}
        </p>
        <p>
          {t('series.required')}{' '}
          {series.requiredServices.length === 0
            ? t('common.none')
            : series.requiredServices.map(serviceName).join(', ')}
        </p>
        <a className="btn btn--secondary" href={calendarUrl(series.id)} download>
          {t('series.addToCalendar')}
        </a>
      </div>

      <section className="page__section" aria-labelledby="series-upcoming">
        <h2 id="series-upcoming">{t('series.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p className="muted">{t('series.noUpcoming')}</p>
        ) : (
          <ul className="plain-list consultation-list">
            {upcoming.map((o) => (
              <li key={o.date} className="consultation-list__item occurrence">
                <span className="occurrence__when">
                  {formatDate(o.startsAt, language)}{' '}
                  {formatTimeRange(o.startsAt, series.durationMinutes, language)}
                </span>
                {o.isCancelled ? (
                  <span className="tag tag--warning">{t('series.cancelled')}</span>
                ) : (
                  <>
                    {o.isMoved ? (
                      <span className="tag">
                        {t('series.moved', { date: formatDate(`${o.date}T12:00:00Z`, language) })}
                      </span>
                    ) : null}
                    <Link to={`/rooms/${o.roomId}`} className="consultation-list__link">
                      {t('series.open', { date: formatDate(o.startsAt, language) })}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="page__section" aria-labelledby="series-figures">
        <h2 id="series-figures">{t('series.figures')}</h2>
        {summaries.length === 0 ? (
          <p className="muted">{t('series.noFigures')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table--dense" aria-labelledby="series-figures">
              <thead>
                <tr>
                  <th scope="col">{t('series.columns.date')}</th>
                  <th scope="col">{t('series.columns.handled')}</th>
                  <th scope="col">{t('series.columns.deferred')}</th>
                  <th scope="col">{t('series.columns.minutes')}</th>
                  <th scope="col">{t('series.columns.present')}</th>
                  <th scope="col">{t('series.columns.allTurn')}</th>
                </tr>
              </thead>
              <tbody>
                {summaries.map((s) => (
                  <tr key={s.roomId}>
                    <th scope="row">
                      <Link to={`/rooms/${s.roomId}`}>{formatDate(`${s.date}T12:00:00Z`, language)}</Link>
                    </th>
                    <td>{s.casesHandled}</td>
                    <td>{s.casesDeferred}</td>
                    <td>{minutes(s.minutesPerItem.reduce((sum, m) => sum + m.minutes, 0))}</td>
                    <td>{s.servicesPresent.map(serviceName).join(', ') || t('common.none')}</td>
                    <td>{s.everyDeclaredCaseGotTurn ? t('ppt.summary.yes') : t('ppt.summary.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
