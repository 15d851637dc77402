import { useMutation } from '@apollo/client/react';
import { deleteLessonMutation, updateLessonMutation, type EditorLessonFieldsFragment } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { LessonForm, lessonContentOf } from './lesson-form';
import type { ReorderableItemProps } from './use-reorderable';
import { MoveButtons } from './move-buttons';

export interface LessonRowProps {
  lesson: EditorLessonFieldsFragment;
  index: number;
  total: number;
  locked: boolean;
  itemProps: ReorderableItemProps;
  onStep(direction: 'up' | 'down'): void;
  onChanged(): Promise<unknown>;
}

export function LessonRow({ lesson, index, total, locked, itemProps, onStep, onChanged }: LessonRowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [updateLesson] = useMutation(updateLessonMutation);
  const [deleteLesson, deleting] = useMutation(deleteLessonMutation);
  const { error, showError, clearError } = useDisplayError();

  const remove = async () => {
    clearError();
    try {
      await deleteLesson({ variables: { lessonId: lesson.id } });
      await onChanged();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <li
      {...itemProps}
      className="hs-editor-item hs-editor-item--lesson"
      data-testid="editor-lesson"
      data-lesson-id={lesson.id}
      data-lesson-kind={lesson.kind}
      aria-label={t('courses.editor.lesson.itemLabel', { title: lesson.title, position: index + 1, total })}
      aria-describedby="reorder-help"
    >
      <div className="hs-editor-item__row">
        <span className="hs-drag-handle" aria-hidden="true">
          ⋮⋮
        </span>
        <span className="hs-editor-item__title">
          <span className="hs-chip hs-chip--neutral">{t(`courses.lessonKind.${lesson.kind}`)}</span> <span data-testid="editor-lesson-title">{lesson.title}</span>
          {!lesson.required && <span className="hs-muted"> · {t('courses.course.optionalLesson')}</span>}
        </span>
        <span className="hs-editor-item__actions">
          <MoveButtons title={lesson.title} index={index} total={total} locked={locked} testIdPrefix="lesson" onStep={onStep} />
          <Button variant="link" disabled={locked} onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="lesson-edit">
            {t('courses.editor.edit')}
          </Button>
          <Button variant="link" disabled={locked} onClick={() => setConfirmingDelete(true)} data-testid="lesson-delete">
            {t('courses.editor.delete')}
          </Button>
        </span>
      </div>
      <FormError error={error} />
      {confirmingDelete && (
        <div className="hs-row hs-confirm" role="group" aria-label={t('courses.editor.lesson.deleteConfirm', { title: lesson.title })}>
          <span>{t('courses.editor.lesson.deleteConfirm', { title: lesson.title })}</span>
          <Button variant="danger" busy={deleting.loading} onClick={() => void remove()} data-testid="lesson-delete-confirm">
            {t('courses.editor.delete')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      )}
      {editing && (
        <LessonForm
          lesson={lesson}
          testIdPrefix="lesson-edit"
          submitLabel={t('courses.editor.save')}
          disabled={locked}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            await updateLesson({ variables: { lessonId: lesson.id, input: lessonContentOf(values) } });
            setEditing(false);
            await onChanged();
          }}
        />
      )}
    </li>
  );
}
