import { useId, type TextareaHTMLAttributes } from 'react';

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  error?: string | null;
  hint?: string;
  id?: string;
}

export function TextAreaField({ label, error, hint, id, className, rows = 6, ...textareaProps }: TextAreaFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['hs-field', error ? 'hs-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="hs-field__label" htmlFor={inputId}>
        {label}
      </label>
      <textarea
        {...textareaProps}
        id={inputId}
        rows={rows}
        className="hs-field__input hs-field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint && (
        <p className="hs-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="hs-field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
