import type { ReactNode } from 'react';

interface LiveRegionProps {
  children?: ReactNode;
  /** Visually hidden regions still speak; use for announcements that have no visible twin. */
  isVisuallyHidden?: boolean;
  className?: string;
}

/**
 * A polite live region. It is always in the DOM, because screen readers only announce changes to a
 * region that already existed; render it once and change its children.
 */
export function LiveRegion({ children, isVisuallyHidden = false, className }: LiveRegionProps) {
  const classes = [isVisuallyHidden ? 'visually-hidden' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={classes || undefined}>
      {children}
    </div>
  );
}
