import { useTranslation } from 'react-i18next';

/** The rule of anonymous consultation; always on screen in a PPT session. */
export function PiiRule() {
  const { t } = useTranslation();
  return (
    <p className="pii-reminder">
      <span className="pii-reminder__icon" aria-hidden="true">
        !
      </span>
      <strong>{t('room.piiRule')}</strong>
    </p>
  );
}
