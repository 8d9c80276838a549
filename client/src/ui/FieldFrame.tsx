import { useId, type ReactNode } from 'react';

/** What the framed control needs so that the label, hint and error are tied to it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldFrameProps {
  label: string;
  /** Shown under the label; also read out with the field. */
  hint?: string | undefined;
  /** Shown and announced with the field; marks it invalid. */
  error?: string | undefined;
  /** Rendered under the field with the given id, and read out with it (e.g. a PII warning). */
  below?: { id: string; node: ReactNode } | undefined;
  className?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * The frame every form field shares: a visible label, an optional hint and error, and anything shown below,
 * all tied to the control with aria-describedby so a screen reader reads them with it.
 */
export function FieldFrame({ label, hint, error, below, className, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : '', error ? errorId : '', below?.node ? below.id : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">! </span>
          {error}
        </p>
      ) : null}
      {below?.node}
    </div>
  );
}
