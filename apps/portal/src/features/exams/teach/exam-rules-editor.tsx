import { useQuery } from '@apollo/client/react';
import { examRuleCountsQuery, type QuestionCategoryFieldsFragment } from '@hocso/portal-data-access';
import { Button, SelectField, TextField } from '@hocso/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countableRules, newRule, type RuleValues } from './exam-form-model';
import { useDebouncedValue } from './use-debounced-value';

export interface ExamRulesEditorProps {
  bankId: string;
  categories: readonly QuestionCategoryFieldsFragment[];
  rules: RuleValues[];
  fieldError(field: string): string | undefined;
  onChange(rules: RuleValues[]): void;
}

/** "N random questions from category C": one row per rule, with how many questions each can draw. */
export function ExamRulesEditor({ bankId, categories, rules, fieldError, onChange }: ExamRulesEditorProps) {
  const { t } = useTranslation();
  const counted = useDebouncedValue(useMemo(() => countableRules(rules), [rules]), 400);
  const { data } = useQuery(examRuleCountsQuery, { variables: { bankId, rules: counted }, skip: counted.length === 0, fetchPolicy: 'cache-and-network' });
  const available = data?.examRuleCounts ?? [];
  const categoryOptions = [
    { value: '', label: t('exams.editor.wholeBank') },
    ...categories.filter((category) => category.path !== 'top').map((category) => ({ value: category.path, label: `${category.path.replace(/^top\//, '')} (${category.questionCount})` })),
  ];
  const update = (index: number, change: Partial<RuleValues>) => onChange(rules.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));
  const total = rules.reduce((sum, rule) => sum + (Number.parseInt(rule.count, 10) || 0), 0);

  return (
    <fieldset className="hs-stack hs-exam-answer" data-testid="exam-rules">
      <legend>{t('exams.editor.rules')}</legend>
      <p className="hs-muted">{t('exams.editor.rulesHint')}</p>
      {fieldError('rules') && (
        <p className="hs-field__error" role="alert">
          {fieldError('rules')}
        </p>
      )}
      {rules.map((rule, index) => {
        const canDraw = available.length === rules.length ? available[index] : undefined;
        const asked = Number.parseInt(rule.count, 10) || 0;
        return (
          <div key={rule.key} className="hs-exam-rule" data-testid="exam-rule">
            <SelectField label={t('exams.editor.ruleCategory', { number: index + 1 })} value={rule.category} options={categoryOptions} onChange={(event) => update(index, { category: event.target.value })} data-testid="exam-rule-category" />
            <TextField label={t('exams.editor.ruleCount')} inputMode="numeric" value={rule.count} error={fieldError(`rules.${index}.count`)} onChange={(event) => update(index, { count: event.target.value })} data-testid="exam-rule-count" />
            <TextField label={t('exams.editor.rulePoints')} hint={t('exams.editor.rulePointsHint')} inputMode="decimal" value={rule.points} error={fieldError(`rules.${index}.points`)} onChange={(event) => update(index, { points: event.target.value })} />
            <Button variant="secondary" disabled={rules.length === 1} onClick={() => onChange(rules.filter((_, at) => at !== index))}>
              {t('exams.editor.removeRule')}
            </Button>
            {canDraw !== undefined && (
              <p className={['hs-exam-rule__available', canDraw < asked ? 'hs-exam-rule__available--short' : 'hs-muted'].join(' ')} data-testid="exam-rule-available" data-available={canDraw}>
                {canDraw < asked ? t('exams.editor.ruleShort', { available: canDraw, asked }) : t('exams.editor.ruleAvailable', { count: canDraw })}
              </p>
            )}
          </div>
        );
      })}
      <div className="hs-row">
        <Button variant="secondary" onClick={() => onChange([...rules, newRule()])} data-testid="exam-rule-add">
          {t('exams.editor.addRule')}
        </Button>
        <span className="hs-muted">{t('exams.editor.totalQuestions', { count: total })}</span>
      </div>
    </fieldset>
  );
}
