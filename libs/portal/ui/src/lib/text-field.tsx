import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string | null;
  hint?: string;
  id?: string;
}

export function TextField({ label, error, hint, id, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <input {...inputProps} {...control} className="hs-field__input" />}
    </FieldFrame>
  );
}
