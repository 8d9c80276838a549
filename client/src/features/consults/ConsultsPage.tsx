import './consults.css';
import { OrgRole } from '@konsiili/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Consult, ConsultBox, ConsultTarget } from '@konsiili/shared';
import { useMe } from '../../lib/session.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchConsults, fetchTargets } from './api.ts';
import { ConsultList } from './ConsultList.tsx';
import { useConsultUpdates } from './use-consult-updates.ts';

const BOXES: readonly ConsultBox[] = ['requested', 'pool', 'owned', 'all'];

function isBox(value: string | null): value is ConsultBox {
  return BOXES.some((box) => box === value);
}

/** /consults — my requests, my pools' open requests, the ones I answer, and for leads and staff all. */
export function ConsultsPage() {
  const { t } = useTranslation();
  usePageTitle(t('consults.title'));
  const me = useMe();
  const [params] = useSearchParams();
  const given = params.get('box');
  const box: ConsultBox = isBox(given) ? given : 'requested';
  const targets = useResource('consult-targets', fetchTargets);
  const { resource, reload } = useResource(`consults:${box}`, (signal) => fetchConsults(box, signal));
  const leadTargets =
    targets.resource.status === 'ready'
      ? targets.resource.data.filter((x) => x.leadUserId === me.user.id)
      : [];
  const isStaff = me.user.roles.some((r) => r === OrgRole.ADMIN || r === OrgRole.ORGANISER);
  const boxes = BOXES.filter((b) => b !== 'all' || isStaff || leadTargets.length > 0);

  const onUpdate = useCallback(
    (_consult: Consult) => {
      // Which box a changed request belongs to is the server's call: ask it again.
      reload();
    },
    [reload],
  );
  useConsultUpdates(onUpdate);

  const targetList: readonly ConsultTarget[] =
    targets.resource.status === 'ready' ? targets.resource.data : [];

  return (
    <div className="page consults">
      <div className="page__header page__header--with-action">
        <div>
          <h1>{t('consults.title')}</h1>
          <p className="lead">{t('consults.intro')}</p>
        </div>
        <div className="page__actions">
          <LinkButton to="/consults/new">{t('consults.newRequest')}</LinkButton>
          {isStaff || leadTargets.length > 0 ? (
            <LinkButton to="/consults/figures" variant="secondary">
              {t('consults.figures.link')}
            </LinkButton>
          ) : null}
        </div>
      </div>
      <nav className="box-tabs" aria-label={t('consults.boxesLabel')}>
        <ul>
          {boxes.map((b) => (
            <li key={b}>
              <Link
                to={`/consults?box=${b}`}
                className="box-tabs__link"
                aria-current={b === box ? 'page' : undefined}
              >
                {t(`consults.boxes.${b}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="page__section" aria-labelledby="consult-box-title">
        <h2 id="consult-box-title">{t(`consults.boxes.${box}`)}</h2>
        {resource.status === 'loading' ? <Loading /> : null}
        {resource.status === 'error' ? <LoadError error={resource.error} onRetry={reload} /> : null}
        {resource.status === 'ready' ? (
          resource.data.length === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{t(`consults.empty.${box}`)}</p>
              <p>{t(`consults.emptyHint.${box}`)}</p>
            </div>
          ) : (
            <ConsultList consults={resource.data} targets={targetList} />
          )
        ) : null}
      </section>
    </div>
  );
}
