import { useQuery } from '@apollo/client/react';
import { examsOfBankQuery, myQuestionBanksQuery } from '@hocso/portal-data-access';
import { SelectField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

export interface LessonExamFieldProps {
  bankId: string | null;
  examId: string | null;
  testId: string;
  error?: string;
  onChange(choice: { bankId: string | null; examId: string | null }): void;
}

/** An EXAM lesson's exam: a question bank of the author's, then one of the exams drawn from it. */
export function LessonExamField({ bankId, examId, testId, error, onChange }: LessonExamFieldProps) {
  const { t } = useTranslation();
  const banks = useQuery(myQuestionBanksQuery);
  const exams = useQuery(examsOfBankQuery, { variables: { bankId: bankId ?? '' }, skip: !bankId });
  const examList = exams.data?.examsOfBank ?? [];
  return (
    <div className="hs-stack">
      <SelectField
        label={t('courses.editor.lesson.examBank')}
        value={bankId ?? ''}
        options={[{ value: '', label: t('courses.editor.lesson.examChooseBank') }, ...(banks.data?.myQuestionBanks ?? []).map((bank) => ({ value: bank.id, label: bank.title }))]}
        onChange={(event) => onChange({ bankId: event.target.value || null, examId: null })}
        data-testid={`${testId}-bank`}
      />
      {bankId && exams.data && examList.length === 0 && <p className="hs-muted">{t('courses.editor.lesson.examNone')}</p>}
      {bankId && examList.length > 0 && (
        <SelectField
          label={t('courses.editor.lesson.exam')}
          value={examId ?? ''}
          error={error}
          options={[{ value: '', label: t('courses.editor.lesson.examChoose') }, ...examList.map((exam) => ({ value: exam.id, label: exam.title }))]}
          onChange={(event) => onChange({ bankId, examId: event.target.value || null })}
          data-testid={testId}
        />
      )}
      <p className="hs-field__hint">{t('courses.editor.lesson.examHint')}</p>
    </div>
  );
}
