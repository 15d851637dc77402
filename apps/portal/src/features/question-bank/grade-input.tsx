import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STANDARD_GRADE_PERCENTS } from './fraction-input';

export interface GradeInputProps {
  label: string;
  value: string;
  error?: string | null;
  onChange: (value: string) => void;
  testId?: string;
}

/** A grade as a percentage (negative allowed) or a ratio, with Moodle's grades suggested. */
export function GradeInput({ label, value, error, onChange, testId }: GradeInputProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={['hs-field', 'hs-qb-grade', error ? 'hs-field--invalid' : ''].filter(Boolean).join(' ')}>
      <label className="hs-field__label" htmlFor={id}>
        {label}
      </label>
      <span className="hs-qb-grade__box">
        <input
          id={id}
          className="hs-field__input"
          inputMode="decimal"
          list={`${id}-grades`}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          title={t('questionBank.editor.gradeHint')}
          onChange={(event) => onChange(event.target.value)}
          data-testid={testId}
        />
        <span aria-hidden="true">%</span>
      </span>
      <datalist id={`${id}-grades`}>
        {STANDARD_GRADE_PERCENTS.map((grade) => (
          <option key={grade} value={grade} />
        ))}
      </datalist>
      {error && (
        <p className="hs-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
