import { useId, type InputHTMLAttributes } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string | null;
  hint?: string;
  id?: string;
}

export function TextField({ label, error, hint, id, className, ...inputProps }: TextFieldProps) {
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
      <input {...inputProps} id={inputId} className="hs-field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
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
