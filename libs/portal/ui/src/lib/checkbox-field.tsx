import { useId, type InputHTMLAttributes } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: string;
  id?: string;
}

export function CheckboxField({ label, id, className, ...inputProps }: CheckboxFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <div className={['hs-checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input {...inputProps} id={inputId} type="checkbox" />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
