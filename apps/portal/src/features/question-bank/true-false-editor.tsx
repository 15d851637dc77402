import { TextField } from '@hocso/portal-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface TrueFalseEditorProps {
  correct: boolean | null;
  rightFeedback: string;
  wrongFeedback: string;
  error?: string;
  onChange: (patch: { correctBoolean?: boolean; rightFeedback?: string; wrongFeedback?: string }) => void;
}

export function TrueFalseEditor({ correct, rightFeedback, wrongFeedback, error, onChange }: TrueFalseEditorProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="hs-qb-fieldset" data-testid="true-false-editor" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{t('questionBank.editor.correctAnswer')}</legend>
      <div className="hs-row">
        {[true, false].map((value) => (
          <label key={String(value)} className="hs-qb-choice">
            <input type="radio" name={name} checked={correct === value} onChange={() => onChange({ correctBoolean: value })} data-testid={`tf-${value ? 'true' : 'false'}`} />
            {value ? t('questionBank.preview.true') : t('questionBank.preview.false')}
          </label>
        ))}
      </div>
      {error && (
        <p className="hs-field__error" id={`${name}-error`} role="alert">
          {error}
        </p>
      )}
      <TextField label={t('questionBank.editor.rightFeedback')} value={rightFeedback} onChange={(event) => onChange({ rightFeedback: event.target.value })} />
      <TextField label={t('questionBank.editor.wrongFeedback')} value={wrongFeedback} onChange={(event) => onChange({ wrongFeedback: event.target.value })} />
    </fieldset>
  );
}
