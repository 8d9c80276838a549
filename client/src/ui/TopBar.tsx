import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useCurrentPageTitle } from './page-title.tsx';
import { UserMenu, type UserMenuProps } from './UserMenu.tsx';

export interface TopBarProps {
  organisationName: string;
  user: UserMenuProps;
  /** Extra tools composed by app/ (e.g. the notification bell), shown before the language switch. */
  tools?: ReactNode;
}

export function TopBar({ organisationName, user, tools }: TopBarProps) {
  const { t } = useTranslation();
  const pageTitle = useCurrentPageTitle();
  return (
    <header className="top-bar">
      <div className="top-bar__identity">
        <span className="top-bar__brand">{t('app.name')}</span>
        <span className="top-bar__org">{organisationName}</span>
      </div>
      <p className="top-bar__title" aria-hidden={pageTitle ? undefined : true}>
        {pageTitle}
      </p>
      <div className="top-bar__tools">
        {tools}
        <LanguageSwitch />
        <UserMenu {...user} />
      </div>
    </header>
  );
}
