import { createContext, use, useEffect, useState, type ReactNode } from 'react';

interface PageTitleValue {
  title: string;
  setTitle: (title: string) => void;
}

const PageTitleContext = createContext<PageTitleValue | null>(null);

export function PageTitleProvider({ children }: { children: ReactNode }) {
  const [title, setTitle] = useState('');
  return <PageTitleContext value={{ title, setTitle }}>{children}</PageTitleContext>;
}

/** The title the top bar shows for the current page. */
export function useCurrentPageTitle(): string {
  return use(PageTitleContext)?.title ?? '';
}

/** Each page names itself once: the top bar and the browser tab follow. */
export function usePageTitle(title: string): void {
  const context = use(PageTitleContext);
  const setTitle = context?.setTitle;
  useEffect(() => {
    setTitle?.(title);
    document.title = title ? `${title} – Konsiili` : 'Konsiili';
  }, [setTitle, title]);
}
