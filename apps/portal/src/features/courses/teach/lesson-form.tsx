import type { EditorLessonFieldsFragment, LessonKind } from '@hocso/portal-data-access';
import { Button, CheckboxField, SelectField, TextAreaField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { LessonExamField } from './lesson-exam-field';
import { LessonFileField } from './lesson-file-field';
import { MarkdownPreview } from './markdown-preview';

export interface LessonFormValues {
  kind: LessonKind;
  title: string;
  required: boolean;
  body: string;
  videoUrl: string;
  transcript: string;
  fileId: string | null;
  file: { name: string; size: number } | null;
  /** EXAM lessons: the exam, chosen from a question bank the author may use. */
  examId: string | null;
  examBankId: string | null;
}

export const AUTHORABLE_KINDS: readonly LessonKind[] = ['TEXT', 'VIDEO', 'FILE', 'EXAM'];

export interface LessonFormProps {
  /** the lesson edited; none: a new lesson */
  lesson?: EditorLessonFieldsFragment;
  testIdPrefix: string;
  submitLabel: string;
  disabled?: boolean;
  onSubmit(values: LessonFormValues): Promise<void>;
  onCancel?(): void;
}

function initialValues(lesson?: EditorLessonFieldsFragment): LessonFormValues {
  return {
    kind: lesson?.kind ?? 'TEXT',
    title: lesson?.title ?? '',
    required: lesson?.required ?? true,
    body: lesson?.body ?? '',
    videoUrl: lesson?.videoUrl ?? '',
    transcript: lesson?.transcript ?? '',
    fileId: lesson?.file?.id ?? null,
    file: lesson?.file ? { name: lesson.file.name, size: lesson.file.size } : null,
    examId: lesson?.exam?.id ?? null,
    examBankId: lesson?.exam?.bankId ?? null,
  };
}

/** A lesson's fields by kind: Markdown text, a video address with its transcript, or an uploaded file. */
export function LessonForm({ lesson, testIdPrefix, submitLabel, disabled, onSubmit, onCancel }: LessonFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<LessonFormValues>(() => initialValues(lesson));
  const [saving, setSaving] = useState(false);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const id = (name: string) => `${testIdPrefix}-${name}`;

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setSaving(true);
    try {
      await onSubmit(values);
      if (!lesson) setValues(initialValues());
    } catch (cause) {
      showError(cause);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="hs-stack hs-lesson-form" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid={`${testIdPrefix}-form`}>
      <FormError error={error} />
      {!lesson && (
        <SelectField
          label={t('courses.editor.lesson.kind')}
          value={values.kind}
          onChange={(event) => setValues({ ...values, kind: event.target.value as LessonKind })}
          options={AUTHORABLE_KINDS.map((kind) => ({ value: kind, label: t(`courses.lessonKind.${kind}`) }))}
          data-testid={id('kind')}
        />
      )}
      <TextField
        label={t('courses.editor.lesson.title')}
        value={values.title}
        required
        maxLength={255}
        error={fieldError('title')}
        onChange={(event) => setValues({ ...values, title: event.target.value })}
        data-testid={id('title')}
      />
      {values.kind === 'TEXT' && (
        <div className="hs-markdown-editor">
          <TextAreaField
            label={t('courses.editor.lesson.body')}
            hint={t('courses.editor.lesson.bodyHint')}
            rows={10}
            value={values.body}
            error={fieldError('body')}
            onChange={(event) => setValues({ ...values, body: event.target.value })}
            data-testid={id('body')}
          />
          <MarkdownPreview markdown={values.body} testId={id('preview')} />
        </div>
      )}
      {values.kind === 'VIDEO' && (
        <>
          <TextField
            label={t('courses.editor.lesson.videoUrl')}
            hint={t('courses.editor.lesson.videoUrlHint')}
            type="url"
            inputMode="url"
            value={values.videoUrl}
            error={fieldError('videoUrl')}
            onChange={(event) => setValues({ ...values, videoUrl: event.target.value })}
            data-testid={id('video-url')}
          />
          <TextAreaField
            label={t('courses.editor.lesson.transcript')}
            hint={t('courses.editor.lesson.transcriptHint')}
            rows={6}
            value={values.transcript}
            error={fieldError('transcript')}
            onChange={(event) => setValues({ ...values, transcript: event.target.value })}
            data-testid={id('transcript')}
          />
        </>
      )}
      {values.kind === 'FILE' && (
        <>
          <LessonFileField
            current={values.file}
            testId={id('file')}
            disabled={disabled}
            onUploaded={(file) => setValues((current) => ({ ...current, fileId: file.id, file: { name: file.name, size: file.size } }))}
          />
          {fieldError('fileId') && (
            <p className="hs-field__error" role="alert">
              {fieldError('fileId')}
            </p>
          )}
        </>
      )}
      {values.kind === 'EXAM' && (
        <LessonExamField
          bankId={values.examBankId}
          examId={values.examId}
          testId={id('exam')}
          error={fieldError('examId')}
          onChange={(choice) => setValues((current) => ({ ...current, examBankId: choice.bankId, examId: choice.examId }))}
        />
      )}
      <CheckboxField
        label={t('courses.editor.lesson.required')}
        checked={values.required}
        onChange={(event) => setValues({ ...values, required: event.target.checked })}
        data-testid={id('required')}
      />
      <div className="hs-row">
        <Button type="submit" busy={saving} disabled={disabled} data-testid={id('submit')}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** The fields a lesson of this kind sends (others stay null so a kind's content is not mixed with another's). */
export function lessonContentOf(values: LessonFormValues) {
  return {
    title: values.title,
    required: values.required,
    body: values.kind === 'TEXT' ? values.body : null,
    videoUrl: values.kind === 'VIDEO' ? values.videoUrl : null,
    transcript: values.kind === 'VIDEO' ? values.transcript || null : null,
    fileId: values.kind === 'FILE' ? values.fileId : null,
    // Sent only for exam lessons: the other kinds have none to change.
    examId: values.kind === 'EXAM' ? (values.examId ?? undefined) : undefined,
  };
}
