import { useTranslation } from 'react-i18next';
import { useResource } from '../../lib/use-resource.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchMyRooms } from './api.ts';
import { RoomTable } from './RoomTable.tsx';

/** Every session and consultation I belong to. */
export function SessionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.sessions'));
  const { resource, reload } = useResource('sessions', fetchMyRooms);

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('sessions.title')}</h1>
        <p className="lead">{t('sessions.intro')}</p>
      </div>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <LoadError error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'ready' ? (
        <>
          <section className="page__section" aria-labelledby="sessions-sessions">
            <h2 id="sessions-sessions">{t('sessions.sessionsTitle')}</h2>
            {resource.data.sessions.length === 0 ? (
              <p className="empty-state">{t('home.noSessionsHint')}</p>
            ) : (
              <RoomTable rooms={resource.data.sessions} caption={t('sessions.sessionsTitle')} />
            )}
          </section>
          <section className="page__section" aria-labelledby="sessions-consultations">
            <h2 id="sessions-consultations">{t('sessions.consultationsTitle')}</h2>
            {resource.data.consultations.length === 0 ? (
              <p className="empty-state">{t('home.noConsultationsHint')}</p>
            ) : (
              <RoomTable rooms={resource.data.consultations} caption={t('sessions.consultationsTitle')} />
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
