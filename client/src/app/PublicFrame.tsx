import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { PublicLayout } from '../ui/Layout.tsx';

/** Frame for pages used before signing in: the login page and invitation links. */
export function PublicFrame() {
  const { t } = useTranslation();
  return (
    <PublicLayout
      header={
        <>
          <span className="top-bar__brand">{t('app.name')}</span>
          <div className="top-bar__tools">
            <LanguageSwitch />
          </div>
        </>
      }
    >
      <Outlet />
    </PublicLayout>
  );
}
