import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Rendered under the field with the given id, and read out with it (e.g. a PII warning). */
  below?: { id: string; node: ReactNode } | undefined;
}

/** A labelled multi-line field; hint, error and anything shown below it are tied to it with aria-describedby. */
export function TextAreaField({ label, hint, error, below, className, ...textarea }: TextAreaFieldProps) {
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
      <textarea
        id={id}
        className="field__input field__input--multiline"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
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
