import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldFrame } from './FieldFrame';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Rendered under the field with the given id, and read out with it (e.g. a PII warning). */
  below?: { id: string; node: ReactNode } | undefined;
}

/** A labelled multi-line field; hint, error and anything shown below it are tied to it with aria-describedby. */
export function TextAreaField({ label, hint, error, below, className, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} below={below} className={className}>
      {(control) => <textarea {...control} className="field__input field__input--multiline" {...textarea} />}
    </FieldFrame>
  );
}
