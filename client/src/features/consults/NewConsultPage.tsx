import './consults.css';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useResource } from '../../lib/use-resource.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchTargets } from './api.ts';
import { ConsultForm } from './ConsultForm.tsx';

/** /consults/new — a professional asks a specialty, social services or Kela for a consultation. */
export function NewConsultPage() {
  const { t } = useTranslation();
  usePageTitle(t('consults.new.title'));
  const navigate = useNavigate();
  const { resource, reload } = useResource('consult-targets', fetchTargets);
  return (
    <div className="page consults">
      <div className="page__header">
        <h1>{t('consults.new.title')}</h1>
        <p className="lead">{t('consults.new.intro')}</p>
      </div>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <LoadError error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'ready' ? (
        resource.data.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('consults.new.noTargets')}</p>
            <p>{t('consults.new.noTargetsHint')}</p>
          </div>
        ) : (
          <ConsultForm
            targets={resource.data}
            onCreated={(consult) => {
              void navigate(`/consults/${consult.id}`);
            }}
          />
        )
      ) : null}
    </div>
  );
}
