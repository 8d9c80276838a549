import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock.ts';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { formatDate } from '../../lib/time.ts';
import { useResource } from '../../lib/use-resource.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchHome } from './api.ts';
import { ConsultationList } from './ConsultationList.tsx';
import { SessionCard } from './SessionCard.tsx';

/** "Today": my next sessions with a Join button, and my open consultations. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('nav.home'));
  const me = useMe();
  const now = useNow();
  const { resource, reload } = useResource('home', fetchHome);
  const language = toLanguage(i18n.resolvedLanguage);

  return (
    <div className="page home">
      <div className="page__header">
        <h1>{t('home.title')}</h1>
        <p className="lead">
          {t('home.greeting', { name: me.user.displayName, date: formatDate(new Date(now), language) })}
        </p>
      </div>

      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <LoadError error={resource.error} onRetry={reload} /> : null}

      {resource.status === 'ready' ? (
        <>
          <section className="page__section" aria-labelledby="home-sessions">
            <h2 id="home-sessions">{t('home.sessionsTitle')}</h2>
            {resource.data.sessions.length === 0 ? (
              <div className="empty-state">
                <p className="empty-state__title">{t('home.noSessions')}</p>
                <p>{t('home.noSessionsHint')}</p>
              </div>
            ) : (
              <ul className="plain-list session-list">
                {resource.data.sessions.map((room) => (
                  <SessionCard key={room.id} room={room} now={now} />
                ))}
              </ul>
            )}
          </section>

          <section className="page__section" aria-labelledby="home-consultations">
            <h2 id="home-consultations">{t('home.consultationsTitle')}</h2>
            {resource.data.consultations.length === 0 ? (
              <div className="empty-state">
                <p className="empty-state__title">{t('home.noConsultations')}</p>
                <p>{t('home.noConsultationsHint')}</p>
              </div>
            ) : (
              <ConsultationList rooms={resource.data.consultations} />
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
