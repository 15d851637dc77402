import { useMutation } from '@apollo/client/react';
import {
  createQuestionMutation,
  deleteQuestionMutation,
  updateQuestionMutation,
  type QuestionFieldsFragment,
  type QuestionTextFormat,
  type QuestionType,
} from '@hocso/portal-data-access';
import { Button, SelectField, TextAreaField, TextField } from '@hocso/portal-ui';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';
import { ChoiceOptionsEditor } from './choice-options-editor';
import { MatchingPairsEditor } from './matching-pairs-editor';
import { NumericAnswersEditor } from './numeric-answers-editor';
import { apiFieldForRow, changeQuestionType, formToQuestionInput, type QuestionForm } from './question-form-model';
import { QuestionPreview } from './question-preview';
import { buildPreviewModel, formToPreviewQuestion } from './question-preview-model';
import { QUESTION_TYPES, TEXT_FORMATS } from './question-types';
import { TrueFalseEditor } from './true-false-editor';

export interface QuestionEditorProps {
  bankId: string;
  question: QuestionFieldsFragment | null;
  initialForm: QuestionForm;
  categoryPaths: readonly string[];
  onSaved: (question: QuestionFieldsFragment) => void;
  onDeleted: () => void;
  backLink: string;
}

export function QuestionEditor({ bankId, question, initialForm, categoryPaths, onSaved, onDeleted, backLink }: QuestionEditorProps) {
  const { t } = useTranslation();
  const categoryListId = useId();
  const [form, setForm] = useState<QuestionForm>(initialForm);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [createQuestion, { loading: creating }] = useMutation(createQuestionMutation);
  const [updateQuestion, { loading: updating }] = useMutation(updateQuestionMutation);
  const [deleteQuestion, { loading: deleting }] = useMutation(deleteQuestionMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const preview = useMemo(() => buildPreviewModel(formToPreviewQuestion(form)), [form]);

  const patch = (changes: Partial<QuestionForm>) => setForm((current) => ({ ...current, ...changes }));
  const errorOf = (field: string): string | undefined => (clientErrors[field] ? t(clientErrors[field]) : fieldError(field));
  const rowError = (list: 'options' | 'numericAnswers', row: number, part: string): string | undefined =>
    clientErrors[`${list}.${row}.${part}`] ? t(clientErrors[`${list}.${row}.${part}`]) : fieldError(apiFieldForRow(form, list, row, part) ?? '');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    const { input, fieldErrors } = formToQuestionInput(form);
    setClientErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) return;
    try {
      const result = question
        ? (await updateQuestion({ variables: { id: question.id, input } })).data?.updateQuestion
        : (await createQuestion({ variables: { bankId, input } })).data?.createQuestion;
      if (result) onSaved(result);
    } catch (cause) {
      showError(cause);
    }
  };

  const handleDelete = async () => {
    if (!question) return;
    clearError();
    try {
      await deleteQuestion({ variables: { id: question.id } });
      onDeleted();
    } catch (cause) {
      showError(cause);
    }
  };

  const usesCombinedFeedback = form.type === 'SINGLE_CHOICE' || form.type === 'MULTIPLE_CHOICE' || form.type === 'MATCHING';

  return (
    <div className="hs-qb-editor">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-qb-editor__form hs-stack" data-testid="question-editor">
        <FormError error={error} />
        {Object.keys(clientErrors).length > 0 && <FormError error={{ message: t('questionBank.editor.errors.fix'), fieldErrors: {} }} />}
        <SelectField
          label={t('questionBank.editor.type')}
          value={form.type}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionBank.types.${type}`) }))}
          onChange={(event) => setForm((current) => changeQuestionType(current, event.target.value as QuestionType))}
          error={errorOf('type')}
          data-testid="question-type-select"
        />
        <TextField label={t('questionBank.editor.name')} hint={t('questionBank.editor.nameHint')} value={form.name} maxLength={255} onChange={(event) => patch({ name: event.target.value })} error={errorOf('name')} data-testid="question-name" />
        <div className="hs-qb-two">
          <TextField
            label={t('questionBank.editor.category')}
            list={categoryListId}
            value={form.category}
            onChange={(event) => patch({ category: event.target.value })}
            error={errorOf('category')}
            hint={t('questionBank.editor.categoryHint')}
            data-testid="question-category"
          />
          <datalist id={categoryListId}>
            {categoryPaths.map((path) => (
              <option key={path} value={path} />
            ))}
          </datalist>
          <TextField label={t('questionBank.editor.tags')} hint={t('questionBank.editor.tagsHint')} value={form.tags} onChange={(event) => patch({ tags: event.target.value })} error={errorOf('tags')} data-testid="question-tags" />
        </div>
        <TextAreaField
          label={t('questionBank.editor.prompt')}
          rows={6}
          value={form.prompt}
          onChange={(event) => patch({ prompt: event.target.value })}
          error={errorOf('prompt')}
          data-testid="question-prompt"
        />
        <div className="hs-qb-two">
          <SelectField
            label={t('questionBank.editor.promptFormat')}
            value={form.promptFormat}
            options={TEXT_FORMATS.map((format) => ({ value: format, label: t(`questionBank.textFormats.${format}`) }))}
            onChange={(event) => patch({ promptFormat: event.target.value as QuestionTextFormat })}
            error={errorOf('promptFormat')}
          />
          <TextField
            label={t('questionBank.editor.defaultPoints')}
            inputMode="decimal"
            value={form.defaultPoints}
            onChange={(event) => patch({ defaultPoints: event.target.value })}
            error={errorOf('defaultPoints')}
            data-testid="question-points"
          />
        </div>

        {(form.type === 'SINGLE_CHOICE' || form.type === 'MULTIPLE_CHOICE' || form.type === 'SHORT_ANSWER') && (
          <>
            {fieldError('options') && <FormError error={{ message: fieldError('options') ?? '', fieldErrors: {} }} />}
            <ChoiceOptionsEditor type={form.type} options={form.options} onChange={(options) => patch({ options })} errorFor={(row, part) => rowError('options', row, part)} />
            {form.type === 'SHORT_ANSWER' ? (
              <label className="hs-qb-toggle">
                <input type="checkbox" checked={form.caseSensitive} onChange={(event) => patch({ caseSensitive: event.target.checked })} data-testid="question-case-sensitive" />
                {t('questionBank.editor.caseSensitive')}
              </label>
            ) : (
              <label className="hs-qb-toggle">
                <input type="checkbox" checked={form.shuffleAnswers} onChange={(event) => patch({ shuffleAnswers: event.target.checked })} />
                {t('questionBank.editor.shuffle')}
              </label>
            )}
          </>
        )}
        {form.type === 'TRUE_FALSE' && (
          <TrueFalseEditor
            correct={form.correctBoolean}
            rightFeedback={form.rightFeedback}
            wrongFeedback={form.wrongFeedback}
            error={errorOf('correctBoolean')}
            onChange={(changes) => patch(changes)}
          />
        )}
        {form.type === 'NUMERIC' && (
          <>
            {fieldError('numericAnswers') && <FormError error={{ message: fieldError('numericAnswers') ?? '', fieldErrors: {} }} />}
            <NumericAnswersEditor answers={form.numericAnswers} onChange={(numericAnswers) => patch({ numericAnswers })} errorFor={(row, part) => rowError('numericAnswers', row, part)} />
          </>
        )}
        {form.type === 'MATCHING' && (
          <>
            {fieldError('matchPairs') && <FormError error={{ message: fieldError('matchPairs') ?? '', fieldErrors: {} }} />}
            <MatchingPairsEditor pairs={form.matchPairs} onChange={(matchPairs) => patch({ matchPairs })} />
            <label className="hs-qb-toggle">
              <input type="checkbox" checked={form.shuffleAnswers} onChange={(event) => patch({ shuffleAnswers: event.target.checked })} />
              {t('questionBank.editor.shuffle')}
            </label>
          </>
        )}
        {form.type === 'ESSAY' && (
          <TextAreaField label={t('questionBank.editor.graderInfo')} rows={3} value={form.graderInfo} onChange={(event) => patch({ graderInfo: event.target.value })} error={errorOf('graderInfo')} />
        )}
        {usesCombinedFeedback && (
          <details className="hs-disclosure">
            <summary>{t('questionBank.editor.combinedFeedback')}</summary>
            <TextField label={t('questionBank.editor.correctFeedback')} value={form.correctFeedback} onChange={(event) => patch({ correctFeedback: event.target.value })} />
            <TextField
              label={t('questionBank.editor.partiallyCorrectFeedback')}
              value={form.partiallyCorrectFeedback}
              onChange={(event) => patch({ partiallyCorrectFeedback: event.target.value })}
            />
            <TextField label={t('questionBank.editor.incorrectFeedback')} value={form.incorrectFeedback} onChange={(event) => patch({ incorrectFeedback: event.target.value })} />
          </details>
        )}
        {form.type !== 'DESCRIPTION' && (
          <TextAreaField
            label={t('questionBank.editor.generalFeedback')}
            hint={t('questionBank.editor.generalFeedbackHint')}
            rows={3}
            value={form.generalFeedback}
            onChange={(event) => patch({ generalFeedback: event.target.value })}
            error={errorOf('generalFeedback')}
            data-testid="question-general-feedback"
          />
        )}
        <div className="hs-row hs-qb-editor__actions">
          <Button type="submit" busy={creating || updating} data-testid="question-save">
            {t('questionBank.editor.save')}
          </Button>
          <Link to={backLink} className="hs-button hs-button--secondary">
            {t('questionBank.editor.cancel')}
          </Link>
          {question &&
            (confirmDelete ? (
              <>
                <Button variant="danger" busy={deleting} onClick={() => void handleDelete()} data-testid="question-delete-confirm">
                  {t('questionBank.editor.deleteConfirm')}
                </Button>
                <Button variant="link" onClick={() => setConfirmDelete(false)}>
                  {t('questionBank.editor.keep')}
                </Button>
              </>
            ) : (
              <Button variant="link" onClick={() => setConfirmDelete(true)} data-testid="question-delete">
                {t('questionBank.editor.delete')}
              </Button>
            ))}
        </div>
        {question && <p className="hs-muted hs-qb-small">{t('questionBank.editor.versionNote', { version: question.version })}</p>}
      </form>
      <aside className="hs-qb-editor__preview">
        <QuestionPreview model={preview} />
      </aside>
    </div>
  );
}
