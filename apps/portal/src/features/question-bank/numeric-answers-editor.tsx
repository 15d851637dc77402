import { Button, TextField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { GradeInput } from './grade-input';
import { emptyNumeric, type NumericRow } from './question-form-model';

export interface NumericAnswersEditorProps {
  answers: NumericRow[];
  onChange: (answers: NumericRow[]) => void;
  errorFor: (row: number, part: 'value' | 'tolerance' | 'fraction' | 'feedback') => string | undefined;
}

export function NumericAnswersEditor({ answers, onChange, errorFor }: NumericAnswersEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<NumericRow>) => onChange(answers.map((answer, i) => (i === index ? { ...answer, ...patch } : answer)));
  return (
    <fieldset className="hs-qb-fieldset" data-testid="numeric-editor">
      <legend>{t('questionBank.editor.numericAnswers')}</legend>
      <p className="hs-muted hs-qb-small">{t('questionBank.editor.numericHint')}</p>
      <ol className="hs-qb-rows">
        {answers.map((answer, index) => (
          <li key={answer.key} className="hs-qb-row" data-testid="numeric-row">
            <div className="hs-qb-row__main">
              <TextField
                label={t('questionBank.editor.value')}
                inputMode="decimal"
                value={answer.value}
                error={errorFor(index, 'value')}
                onChange={(event) => update(index, { value: event.target.value })}
                data-testid="numeric-value"
              />
              <TextField
                label={t('questionBank.editor.tolerance')}
                inputMode="decimal"
                value={answer.tolerance}
                error={errorFor(index, 'tolerance')}
                onChange={(event) => update(index, { tolerance: event.target.value })}
                data-testid="numeric-tolerance"
              />
              <GradeInput label={t('questionBank.editor.grade')} value={answer.grade} error={errorFor(index, 'fraction')} onChange={(grade) => update(index, { grade })} />
            </div>
            <TextField
              label={t('questionBank.editor.feedback')}
              value={answer.feedback}
              error={errorFor(index, 'feedback')}
              onChange={(event) => update(index, { feedback: event.target.value })}
            />
            <Button variant="link" onClick={() => onChange(answers.filter((_, i) => i !== index))} disabled={answers.length <= 1}>
              {t('questionBank.editor.removeRow')}
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...answers, emptyNumeric('0')])}>
        {t('questionBank.editor.addAnswer')}
      </Button>
    </fieldset>
  );
}
