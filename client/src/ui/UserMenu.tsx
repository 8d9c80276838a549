import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon } from './icons.tsx';

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
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return undefined;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setIsOpen(false);
        buttonRef.current?.focus();
      }
    }
    function onPointerDown(event: PointerEvent) {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setIsOpen(false);
    }
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [isOpen]);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          setIsOpen((open) => !open);
        }}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(displayName)}
        </span>
        <span className="user-menu__name">{displayName}</span>
        <span className="visually-hidden">{t('layout.userMenu')}</span>
        <ChevronDownIcon />
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!isOpen}>
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
