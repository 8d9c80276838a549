import type { AuditPage as AuditPageData } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isApiError } from '../../lib/api-error.ts';
import { isAdmin, useMe } from '../../lib/session.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { MessagePage } from '../../ui/MessagePage.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchAuditPage } from './api.ts';
import { AuditTable } from './AuditTable.tsx';

/** /admin/audit — the organisation's access log, for admins; everyone else gets a polite no. */
export function AuditPage() {
  const me = useMe();
  return isAdmin(me) ? <AuditLog /> : <NoAccess />;
}

function NoAccess() {
  const { t } = useTranslation();
  return (
    <MessagePage title={t('noAccess.title')} action={<LinkButton to="/">{t('common.toHome')}</LinkButton>}>
      <p>{t('noAccess.body')}</p>
    </MessagePage>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const first = useResource('audit', (signal) => fetchAuditPage(undefined, signal));
  const [older, setOlder] = useState<AuditPageData[]>([]);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const [announcement, setAnnouncement] = useState('');

  if (
    first.resource.status === 'error' &&
    isApiError(first.resource.error) &&
    first.resource.error.code === 'FORBIDDEN'
  ) {
    return <NoAccess />;
  }

  const pages = first.resource.status === 'ready' ? [first.resource.data, ...older] : [];
  const entries = pages.flatMap((page) => page.entries);
  const nextBefore = pages.at(-1)?.nextBefore;

  async function loadOlder(before: string) {
    setIsLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await fetchAuditPage(before);
      setOlder((current) => [...current, page]);
      setAnnouncement(t('audit.loadedMore', { count: page.entries.length }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setIsLoadingMore(false);
    }
  }

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('audit.title')}</h1>
        <p className="lead">{t('audit.intro')}</p>
        <p>
          <LinkButton to="/admin/retention">{t('retention.title')}</LinkButton>
        </p>
      </div>
      {first.resource.status === 'loading' ? <Loading /> : null}
      {first.resource.status === 'error' ? (
        <LoadError error={first.resource.error} onRetry={first.reload} />
      ) : null}
      {first.resource.status === 'ready' ? (
        entries.length === 0 ? (
          <p className="empty-state">{t('audit.empty')}</p>
        ) : (
          <AuditTable entries={entries} />
        )
      ) : null}
      {moreError ? <Alert>{t(errorMessageKey(moreError))}</Alert> : null}
      {nextBefore !== undefined ? (
        <div className="page__actions">
          <Button disabled={isLoadingMore} onClick={() => void loadOlder(nextBefore)}>
            {isLoadingMore ? t('common.loading') : t('audit.showOlder')}
          </Button>
        </div>
      ) : null}
      <LiveRegion isVisuallyHidden>{announcement}</LiveRegion>
    </div>
  );
}
