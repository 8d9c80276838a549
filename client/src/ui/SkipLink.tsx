import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/** The first focusable element of every page; appears when focused. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${MAIN_ID}`}>
      {t('layout.skipToContent')}
    </a>
  );
}
