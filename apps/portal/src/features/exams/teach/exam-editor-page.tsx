import { useMutation, useQuery } from '@apollo/client/react';
import { createExamMutation, examEditorQuery, examsOfBankQuery, questionBankQuery, updateExamMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, CheckboxField, SelectField, TextAreaField, TextField } from '@hocso/portal-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { examFormValues, type ExamFormValues, examInputOf, type FormErrors, formFieldOf, GRADING_METHODS, REVIEW_PARTS, REVIEW_VISIBILITIES } from './exam-form-model';
import { ExamRulesEditor } from './exam-rules-editor';

/** A new exam from a question bank (`/teach/banks/:bankId/exams/new`), or an existing one (`examId`). */
export function ExamEditorPage() {
  const { t } = useTranslation();
  const { bankId: bankIdParam, examId } = useParams();
  const navigate = useNavigate();
  const examQuery = useQuery(examEditorQuery, { variables: { id: examId ?? '' }, skip: !examId });
  const exam = examQuery.data?.exam ?? null;
  const bankId = exam?.bankId ?? bankIdParam ?? '';
  const bankQuery = useQuery(questionBankQuery, { variables: { id: bankId }, skip: !bankId });

  if (examId && examQuery.loading && !exam) return <p role="status">{t('common.loading')}</p>;
  if (examId && !exam) return <QueryError error={examQuery.error} />;
  if (exam && !exam.allowedActions.includes('EDIT')) return <Alert tone="error">{t('errors.forbidden')}</Alert>;
  return (
    <ExamEditorForm
      key={exam?.id ?? 'new'}
      bankId={bankId}
      bankTitle={bankQuery.data?.questionBank?.title ?? ''}
      categories={bankQuery.data?.questionBank?.categories ?? []}
      initial={examFormValues(exam)}
      examId={exam?.id ?? null}
      attemptCount={exam?.attemptCount ?? 0}
      onSaved={(id) => void navigate(`/exams/${id}/manage/edit`, { replace: !examId })}
    />
  );
}

interface ExamEditorFormProps {
  bankId: string;
  bankTitle: string;
  categories: Parameters<typeof ExamRulesEditor>[0]['categories'];
  initial: ExamFormValues;
  examId: string | null;
  attemptCount: number;
  onSaved(examId: string): void;
}

function ExamEditorForm({ bankId, bankTitle, categories, initial, examId, attemptCount, onSaved }: ExamEditorFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [localErrors, setLocalErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState(false);
  const { error, showError, clearError, fieldError: apiFieldError } = useDisplayError();
  const [createExam, creating] = useMutation(createExamMutation, { refetchQueries: [examsOfBankQuery] });
  const [updateExam, updating] = useMutation(updateExamMutation);
  const set = (change: Partial<ExamFormValues>) => {
    setSaved(false);
    setValues((current) => ({ ...current, ...change }));
  };
  const fieldError = (field: string): string | undefined => {
    const local = localErrors[field];
    if (local) return t(`exams.editor.errors.${local}`);
    const fromApi = Object.entries(error?.fieldErrors ?? {}).find(([apiField]) => formFieldOf(apiField) === field);
    return fromApi?.[1] ?? apiFieldError(field);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    const result = examInputOf(values, bankId);
    setLocalErrors(result.errors ?? {});
    if (!result.input) return;
    try {
      if (examId) {
        await updateExam({ variables: { id: examId, input: result.input } });
        setSaved(true);
      } else {
        const created = await createExam({ variables: { input: result.input } });
        if (created.data) onSaved(created.data.createExam.id);
      }
    } catch (cause) {
      showError(cause);
    }
  };

  const visibilityOptions = REVIEW_VISIBILITIES.map((value) => ({ value, label: t(`exams.visibility.${value}`) }));

  return (
    <form className="hs-stack" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="exam-editor">
      {!examId && (
        <>
          <p>
            <Link to={`/teach/banks/${bankId}`}>← {bankTitle || t('exams.editor.backToBank')}</Link>
          </p>
          <PageTitle title={t('exams.editor.newTitle')} />
        </>
      )}
      <FormError error={error} />
      {attemptCount > 0 && <Alert tone="info">{t('exams.editor.attemptsExist', { count: attemptCount })}</Alert>}
      {Object.keys(localErrors).length > 0 && <Alert tone="error">{t('exams.editor.correctFields')}</Alert>}
      <Card title={t('exams.editor.about')}>
        <div className="hs-stack">
          <TextField label={t('exams.editor.title')} value={values.title} maxLength={255} required error={fieldError('title')} onChange={(event) => set({ title: event.target.value })} data-testid="exam-title" />
          <TextAreaField label={t('exams.editor.instructions')} hint={t('exams.editor.instructionsHint')} rows={4} maxLength={10_000} value={values.instructions} error={fieldError('instructions')} onChange={(event) => set({ instructions: event.target.value })} />
          <CheckboxField label={t('exams.editor.openToAll')} checked={values.openToAll} onChange={(event) => set({ openToAll: event.target.checked })} data-testid="exam-open-to-all" />
        </div>
      </Card>
      <Card title={t('exams.editor.questions')}>
        <ExamRulesEditor bankId={bankId} categories={categories} rules={values.rules} fieldError={fieldError} onChange={(rules) => set({ rules })} />
        <CheckboxField label={t('exams.editor.shuffleQuestions')} checked={values.shuffleQuestions} onChange={(event) => set({ shuffleQuestions: event.target.checked })} />
        <CheckboxField label={t('exams.editor.shuffleOptions')} checked={values.shuffleOptions} onChange={(event) => set({ shuffleOptions: event.target.checked })} />
      </Card>
      <Card title={t('exams.editor.timing')}>
        <div className="hs-grid">
          <TextField label={t('exams.editor.timeLimitMinutes')} hint={t('exams.editor.blankUntimed')} inputMode="numeric" value={values.timeLimitMinutes} error={fieldError('timeLimitSeconds')} onChange={(event) => set({ timeLimitMinutes: event.target.value })} data-testid="exam-time-limit" />
          <TextField label={t('exams.editor.opensAt')} type="datetime-local" value={values.opensAt} error={fieldError('opensAt')} onChange={(event) => set({ opensAt: event.target.value })} />
          <TextField label={t('exams.editor.closesAt')} type="datetime-local" value={values.closesAt} error={fieldError('closesAt')} onChange={(event) => set({ closesAt: event.target.value })} />
          <TextField label={t('exams.editor.graceSeconds')} hint={t('exams.editor.graceHint')} inputMode="numeric" value={values.graceSeconds} error={fieldError('graceSeconds')} onChange={(event) => set({ graceSeconds: event.target.value })} />
        </div>
      </Card>
      <Card title={t('exams.editor.grading')}>
        <div className="hs-grid">
          <TextField label={t('exams.editor.maxAttempts')} hint={t('exams.editor.blankUnlimited')} inputMode="numeric" value={values.maxAttempts} error={fieldError('maxAttempts')} onChange={(event) => set({ maxAttempts: event.target.value })} data-testid="exam-max-attempts" />
          <TextField label={t('exams.editor.attemptDelayMinutes')} inputMode="numeric" value={values.attemptDelayMinutes} error={fieldError('attemptDelaySeconds')} onChange={(event) => set({ attemptDelayMinutes: event.target.value })} />
          <TextField label={t('exams.editor.passPercent')} inputMode="decimal" value={values.passPercent} error={fieldError('passPercent')} onChange={(event) => set({ passPercent: event.target.value })} />
          <SelectField label={t('exams.editor.gradingMethod')} value={values.gradingMethod} options={GRADING_METHODS.map((value) => ({ value, label: t(`exams.gradingMethod.${value}`) }))} onChange={(event) => set({ gradingMethod: event.target.value as ExamFormValues['gradingMethod'] })} />
        </div>
      </Card>
      <Card title={t('exams.editor.reviewPolicy')}>
        <p className="hs-muted">{t('exams.editor.reviewPolicyHint')}</p>
        <div className="hs-grid">
          {REVIEW_PARTS.map((part) => (
            <SelectField
              key={part}
              label={t(`exams.editor.reviewPart.${part}`)}
              value={values.reviewPolicy[part]}
              options={visibilityOptions}
              onChange={(event) => set({ reviewPolicy: { ...values.reviewPolicy, [part]: event.target.value as ExamFormValues['reviewPolicy'][typeof part] } })}
            />
          ))}
        </div>
      </Card>
      {saved && (
        <Alert tone="success" data-testid="exam-saved">
          {t('exams.editor.saved')}
        </Alert>
      )}
      <Button type="submit" busy={creating.loading || updating.loading} data-testid="exam-save">
        {examId ? t('exams.editor.save') : t('exams.editor.create')}
      </Button>
    </form>
  );
}
