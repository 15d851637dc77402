import { type ReactNode, useId } from 'react';

/** What a control inside a FieldFrame needs to be labelled and described accessibly. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldFrameProps {
  label: string;
  error?: string | null;
  hint?: string;
  id?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** Label, hint and error around one form control, wired together by ids (shared by every field). */
export function FieldFrame({ label, error, hint, id, className, children }: FieldFrameProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['hs-field', error ? 'hs-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="hs-field__label" htmlFor={controlId}>
        {label}
      </label>
      {children({ id: controlId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
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
