import type { HTMLAttributes } from 'react';

export interface ProgressBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role'> {
  value: number;
  min?: number;
  max?: number;
  label: string;
}

export function clampPercent(value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || max <= min) return 0;
  const ratio = (Math.min(Math.max(value, min), max) - min) / (max - min);
  return Math.round(ratio * 100);
}

export function ProgressBar({ value, min = 0, max = 100, label, className, ...rest }: ProgressBarProps) {
  const percent = clampPercent(value, min, max);
  const current = Math.min(Math.max(Number.isFinite(value) ? value : min, min), max);
  return (
    <div className={['hs-progress', className ?? ''].filter(Boolean).join(' ')}>
      <div
        {...rest}
        role="progressbar"
        aria-label={label}
        aria-valuenow={Math.round(current)}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuetext={`${percent}%`}
        className="hs-progress__track"
      >
        <div className="hs-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="hs-progress__value" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
