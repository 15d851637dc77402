import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'link';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  busy?: boolean;
  fullWidth?: boolean;
}

export function Button({ variant = 'primary', busy = false, fullWidth = false, className, disabled, type = 'button', children, ...rest }: ButtonProps) {
  const classes = ['hs-button', `hs-button--${variant}`, fullWidth ? 'hs-button--full' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button {...rest} type={type} className={classes} disabled={disabled || busy} aria-busy={busy || undefined}>
      {busy && <span className="hs-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
