import { useTranslation } from 'react-i18next';

/** The rule of anonymous consultation, always visible in a room and on its prejoin page (PPT sessions too). */
export function PiiReminder() {
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
