import { useTranslation } from 'react-i18next';
import { ChevronDownIcon } from './icons.tsx';
import { useDisclosure } from './use-disclosure.ts';

export interface UserMenuProps {
  displayName: string;
  profession: string;
  /** Already translated role names, e.g. "Pääkäyttäjä". */
  roleNames: readonly string[];
  onSignOut: () => void;
}

/** A disclosure (not an ARIA menu): a button that shows the profile and sign-out; Esc closes it. */
export function UserMenu({ displayName, profession, roleNames, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const { rootRef, buttonProps, panelProps } = useDisclosure();

  return (
    <div className="user-menu" ref={rootRef}>
      <button {...buttonProps} className="user-menu__button">
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(displayName)}
        </span>
        <span className="user-menu__name">{displayName}</span>
        <span className="visually-hidden">{t('layout.userMenu')}</span>
        <ChevronDownIcon />
      </button>
      <div {...panelProps} className="user-menu__panel">
        <p className="user-menu__profile-name">{displayName}</p>
        <p className="user-menu__profile-detail">{profession}</p>
        {roleNames.length > 0 ? <p className="user-menu__profile-detail">{roleNames.join(', ')}</p> : null}
        <button type="button" className="btn btn--secondary user-menu__sign-out" onClick={onSignOut}>
          {t('layout.signOut')}
        </button>
      </div>
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
