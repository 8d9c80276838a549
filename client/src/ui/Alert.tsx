import type { ReactNode } from 'react';

interface AlertProps {
  children: ReactNode;
  tone?: 'error' | 'info';
  action?: ReactNode;
}

/** An error or notice in a box with an icon and text, so it does not rely on colour. */
export function Alert({ children, tone = 'error', action }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <span className="alert__icon" aria-hidden="true">
        {tone === 'error' ? '!' : 'i'}
      </span>
      <div className="alert__body">{children}</div>
      {action ? <div className="alert__action">{action}</div> : null}
    </div>
  );
}
