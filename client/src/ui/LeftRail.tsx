import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SeriesIcon } from './icons.tsx';

export interface RailItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Match only the exact path (for "/"). */
  isEnd?: boolean;
}

/** Everyone signed in may see the PPT series (the list is filtered by the server); it follows Sessions. */
function withSeries(items: readonly RailItem[], label: string): RailItem[] {
  if (items.some((item) => item.to === '/series')) return [...items];
  const series: RailItem = { to: '/series', label, icon: <SeriesIcon /> };
  const index = items.findIndex((item) => item.to === '/sessions');
  return index === -1
    ? [...items, series]
    : [...items.slice(0, index + 1), series, ...items.slice(index + 1)];
}

/** The main navigation. The current page is marked with aria-current, a bar and bold text, not colour alone. */
export function LeftRail({ items: given }: { items: readonly RailItem[] }) {
  const { t } = useTranslation();
  const items = withSeries(given, t('series.nav'));
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
