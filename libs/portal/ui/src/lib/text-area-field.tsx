import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  error?: string | null;
  hint?: string;
  id?: string;
}

export function TextAreaField({ label, error, hint, id, className, rows = 6, ...textareaProps }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} id={id} className={className}>
      {(control) => <textarea {...textareaProps} {...control} rows={rows} className="hs-field__input hs-field__textarea" />}
    </FieldFrame>
  );
}
