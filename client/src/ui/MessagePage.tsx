import type { ReactNode } from 'react';
import { usePageTitle } from './page-title.tsx';

interface MessagePageProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}

/** A page that only explains something (no access, not found) and offers the way forward. */
export function MessagePage({ title, children, action }: MessagePageProps) {
  usePageTitle(title);
  return (
    <section className="message-page" aria-labelledby="message-page-title">
      <h1 id="message-page-title">{title}</h1>
      <div className="message-page__body">{children}</div>
      {action ? <div className="message-page__action">{action}</div> : null}
    </section>
  );
}
