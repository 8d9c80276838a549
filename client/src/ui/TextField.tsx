import type { ComponentPropsWithRef } from 'react';
import { FieldFrame } from './FieldFrame';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  label: string;
  /** Shown under the label; also read out with the field. */
  hint?: string | undefined;
  /** Shown and announced with the field; marks it invalid. */
  error?: string | undefined;
}

/** A labelled input. The label is always visible; hint and error are tied to it with aria-describedby. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className}>
      {(control) => <input {...control} className="field__input" {...input} />}
    </FieldFrame>
  );
}
