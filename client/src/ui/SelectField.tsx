import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  label: string;
  hint?: string | undefined;
  options: readonly SelectOption[];
  /** Label of the empty first option; when given, choosing nothing is allowed. */
  emptyLabel?: string | undefined;
}

export function SelectField({ label, hint, options, emptyLabel, className, ...select }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} className={className}>
      {(control) => (
        <select {...control} className="field__input" {...select}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
