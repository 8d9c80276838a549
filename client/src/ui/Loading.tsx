import { useTranslation } from 'react-i18next';

/** A calm loading line; announced politely, no spinner animation. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}
