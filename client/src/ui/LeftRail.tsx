import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

export interface RailItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Match only the exact path (for "/"). */
  isEnd?: boolean;
}

/** The main navigation. The current page is marked with aria-current, a bar and bold text, not colour alone. */
export function LeftRail({ items }: { items: readonly RailItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="left-rail" aria-label={t('layout.mainNavigation')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.isEnd ?? false} className="left-rail__link">
              {item.icon}
              <span>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
