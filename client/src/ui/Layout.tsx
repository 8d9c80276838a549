import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { LeftRail, type RailItem } from './LeftRail.tsx';
import { ReconnectingBanner } from './ReconnectingBanner.tsx';
import { MAIN_ID, SkipLink } from './SkipLink.tsx';
import { TopBar, type TopBarProps } from './TopBar.tsx';

interface LayoutProps extends TopBarProps {
  railItems: readonly RailItem[];
  children: ReactNode;
}

/** The signed-in frame: skip link, top bar, left rail, and the page in <main>. */
export function Layout({ railItems, children, ...topBar }: LayoutProps) {
  const mainRef = useMainFocusOnNavigation();
  return (
    <div className="frame">
      <SkipLink />
      <TopBar {...topBar} />
      <ReconnectingBanner />
      <div className="frame__body">
        <LeftRail items={railItems} />
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="frame__main">
          {children}
        </main>
      </div>
    </div>
  );
}

/** A page without the rail (login, invitation), still with a skip link, header and language switch. */
export function PublicLayout({ header, children }: { header: ReactNode; children: ReactNode }) {
  const mainRef = useMainFocusOnNavigation();
  return (
    <div className="frame frame--public">
      <SkipLink />
      <header className="top-bar top-bar--public">{header}</header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="frame__main frame__main--public">
        {children}
      </main>
    </div>
  );
}

/** After a client-side navigation, screen-reader and keyboard users start at the new page's content. */
function useMainFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);
  return mainRef;
}
