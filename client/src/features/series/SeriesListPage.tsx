import { OrgRole } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../lib/session.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchSeriesList } from './api.ts';
import { CreateSeriesForm } from './CreateSeriesForm.tsx';

/** /series — the organisation's weekly PPT slots; organisers and admins can add one. */
export function SeriesListPage() {
  const { t } = useTranslation();
  usePageTitle(t('series.title'));
  const me = useMe();
  const navigate = useNavigate();
  const { resource, reload } = useResource('series', fetchSeriesList);
  const canCreate = me.user.roles.some((r) => r === OrgRole.ADMIN || r === OrgRole.ORGANISER);

  return (
    <div className="page series">
      <div className="page__header">
        <h1>{t('series.title')}</h1>
        <p className="lead">{t('series.intro')}</p>
      </div>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <LoadError error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'ready' ? (
        <section className="page__section" aria-labelledby="series-list-title">
          <h2 id="series-list-title">{t('series.listTitle')}</h2>
          {resource.data.series.length === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{t('series.empty')}</p>
              <p>{canCreate ? t('series.emptyHintOrganiser') : t('series.emptyHint')}</p>
            </div>
          ) : (
            <ul className="plain-list consultation-list">
              {resource.data.series.map((s) => (
                <li key={s.id} className="consultation-list__item">
                  <Link to={`/series/${s.id}`} className="consultation-list__link">
                    {s.centreName}
                  </Link>
                  <span className="consultation-list__meta">
                    {t('series.slot', {
                      weekday: t(`series.weekdaysPlural.${s.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
                      time: s.startTime.replace(':', '.'),
                      minutes: s.durationMinutes,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {canCreate ? (
        <CreateSeriesForm
          onCreated={(series) => {
            void navigate(`/series/${series.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
