import type { HTMLAttributes } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps extends HTMLAttributes<HTMLDivElement> {
  tone?: AlertTone;
}

export function Alert({ tone = 'info', className, children, ...rest }: AlertProps) {
  const role = tone === 'error' || tone === 'warning' ? 'alert' : 'status';
  return (
    <div role={role} {...rest} className={['hs-alert', `hs-alert--${tone}`, className ?? ''].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}
