import type { QuestionType } from '@hocso/portal-data-access';
import { Button, TextAreaField, TextField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { parseFractionInput } from './fraction-input';
import { GradeInput } from './grade-input';
import { emptyChoice, type ChoiceRow } from './question-form-model';

export interface ChoiceOptionsEditorProps {
  type: Extract<QuestionType, 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SHORT_ANSWER'>;
  options: ChoiceRow[];
  onChange: (options: ChoiceRow[]) => void;
  errorFor: (row: number, part: 'text' | 'fraction' | 'feedback') => string | undefined;
}

/** Choices (single/multiple) or accepted answers (short answer), each with a grade and feedback. */
export function ChoiceOptionsEditor({ type, options, onChange, errorFor }: ChoiceOptionsEditorProps) {
  const { t } = useTranslation();
  const shortAnswer = type === 'SHORT_ANSWER';
  const update = (index: number, patch: Partial<ChoiceRow>) => onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  const positiveTotal = options.reduce((sum, option) => {
    const parsed = parseFractionInput(option.grade);
    return option.text.trim() && parsed.ok ? sum + Math.max(parsed.fraction, 0) : sum;
  }, 0);

  return (
    <fieldset className="hs-qb-fieldset" data-testid="options-editor">
      <legend>{shortAnswer ? t('questionBank.editor.acceptedAnswers') : t('questionBank.editor.choices')}</legend>
      <p className="hs-muted hs-qb-small">
        {type === 'SINGLE_CHOICE' && t('questionBank.editor.singleHint')}
        {type === 'MULTIPLE_CHOICE' && t('questionBank.editor.multipleHint', { total: Math.round(positiveTotal * 100000) / 1000 })}
        {shortAnswer && t('questionBank.editor.shortAnswerHint')}
      </p>
      <ol className="hs-qb-rows">
        {options.map((option, index) => (
          <li key={option.key} className="hs-qb-row" data-testid="option-row">
            <div className="hs-qb-row__main">
              {shortAnswer ? (
                <TextField
                  label={t('questionBank.editor.answerN', { n: index + 1 })}
                  value={option.text}
                  error={errorFor(index, 'text')}
                  onChange={(event) => update(index, { text: event.target.value })}
                  data-testid="option-text"
                />
              ) : (
                <TextAreaField
                  label={t('questionBank.editor.choiceN', { n: index + 1 })}
                  rows={2}
                  value={option.text}
                  error={errorFor(index, 'text')}
                  onChange={(event) => update(index, { text: event.target.value })}
                  data-testid="option-text"
                />
              )}
              <GradeInput
                label={t('questionBank.editor.grade')}
                value={option.grade}
                error={errorFor(index, 'fraction')}
                onChange={(grade) => update(index, { grade })}
                testId="option-grade"
              />
            </div>
            <TextField
              label={t('questionBank.editor.feedback')}
              value={option.feedback}
              error={errorFor(index, 'feedback')}
              onChange={(event) => update(index, { feedback: event.target.value })}
              data-testid="option-feedback"
            />
            <Button variant="link" onClick={() => onChange(options.filter((_, i) => i !== index))} disabled={options.length <= 1}>
              {t('questionBank.editor.removeRow')}
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...options, emptyChoice()])} data-testid="option-add">
        {shortAnswer ? t('questionBank.editor.addAnswer') : t('questionBank.editor.addChoice')}
      </Button>
    </fieldset>
  );
}
