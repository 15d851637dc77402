import { useId, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  options: readonly SelectOption[];
  error?: string | null;
  id?: string;
}

export function SelectField({ label, options, error, id, className, ...selectProps }: SelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className={['hs-field', error ? 'hs-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="hs-field__label" htmlFor={selectId}>
        {label}
      </label>
      <select {...selectProps} id={selectId} className="hs-field__input" aria-invalid={error ? true : undefined} aria-describedby={errorId}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="hs-field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
