import { useMutation } from '@apollo/client/react';
import { addLessonMutation, deleteModuleMutation, moveLessonMutation, updateModuleMutation, type EditorModuleFieldsFragment } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { LessonForm, lessonContentOf } from './lesson-form';
import { LessonRow } from './lesson-row';
import { LESSON_DRAG_TYPE } from './drag-types';
import { type ReorderableItemProps, useReorderable } from './use-reorderable';
import { MoveButtons } from './move-buttons';
import { titleWithoutModuleNumber } from '../shared/module-heading';

export interface ModuleEditorProps {
  module: EditorModuleFieldsFragment;
  index: number;
  total: number;
  locked: boolean;
  itemProps: ReorderableItemProps;
  onStep(direction: 'up' | 'down'): void;
  announce(message: string): void;
  /** a lesson of another module dropped here (on a lesson, or on the module: its end) */
  onLessonFromElsewhere(lessonId: string, moduleId: string, targetLessonId: string | null): void;
  onChanged(): Promise<unknown>;
}

export function ModuleEditor({ module, index, total, locked, itemProps, onStep, announce, onLessonFromElsewhere, onChanged }: ModuleEditorProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(module.title);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [addingLesson, setAddingLesson] = useState(false);
  const [updateModule, renameState] = useMutation(updateModuleMutation);
  const [deleteModule, deleting] = useMutation(deleteModuleMutation);
  const [moveLesson] = useMutation(moveLessonMutation);
  const [addLesson] = useMutation(addLessonMutation);
  const { error, showError, clearError } = useDisplayError();
  const lessonsById = new Map(module.lessons.map((lesson) => [lesson.id, lesson]));

  const lessons = useReorderable({
    ids: module.lessons.map((lesson) => lesson.id),
    dragType: LESSON_DRAG_TYPE,
    disabled: locked,
    commit: async (lessonId, position) => {
      clearError();
      try {
        await moveLesson({ variables: { lessonId, position } });
        await onChanged();
      } catch (cause) {
        showError(cause);
        throw cause;
      }
    },
    announceMove: (lessonId, position, count) =>
      announce(t('courses.editor.announce.moved', { title: lessonsById.get(lessonId)?.title ?? '', position, total: count })),
    announceBlocked: (lessonId, direction) =>
      announce(t(direction === 'up' ? 'courses.editor.announce.atTop' : 'courses.editor.announce.atBottom', { title: lessonsById.get(lessonId)?.title ?? '' })),
    onForeignDrop: (lessonId, targetId) => onLessonFromElsewhere(lessonId, module.id, targetId),
  });

  const run = async (action: () => Promise<unknown>) => {
    clearError();
    try {
      await action();
      await onChanged();
      return true;
    } catch (cause) {
      showError(cause);
      return false;
    }
  };

  const handleRename = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await run(() => updateModule({ variables: { moduleId: module.id, title } }))) setRenaming(false);
  };

  const acceptLessonDrop = (event: DragEvent<HTMLElement>) => {
    if (locked || !event.dataTransfer.types.includes(LESSON_DRAG_TYPE)) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'drop') {
      const lessonId = event.dataTransfer.getData(LESSON_DRAG_TYPE);
      if (lessonId && !lessonsById.has(lessonId)) onLessonFromElsewhere(lessonId, module.id, null);
    }
  };

  return (
    <li
      {...itemProps}
      className="hs-editor-item hs-editor-item--module"
      data-testid="editor-module"
      data-module-id={module.id}
      aria-label={t('courses.editor.module.itemLabel', { title: module.title, position: index + 1, total })}
      aria-describedby="reorder-help"
    >
      <div className="hs-editor-item__row">
        <span className="hs-drag-handle" aria-hidden="true">
          ⋮⋮
        </span>
        <h3 className="hs-editor-item__title" data-testid="editor-module-title">
          {t('courses.course.moduleTitle', { number: index + 1, title: titleWithoutModuleNumber(module.title) })}
        </h3>
        <span className="hs-editor-item__actions">
          <MoveButtons title={module.title} index={index} total={total} locked={locked} testIdPrefix="module" onStep={onStep} />
          <Button variant="link" disabled={locked} onClick={() => setRenaming(!renaming)} aria-expanded={renaming} data-testid="module-rename">
            {t('courses.editor.module.rename')}
          </Button>
          <Button variant="link" disabled={locked} onClick={() => setConfirmingDelete(true)} data-testid="module-delete">
            {t('courses.editor.delete')}
          </Button>
        </span>
      </div>
      <FormError error={error} />
      {renaming && (
        <form className="hs-row" onSubmit={(event) => void handleRename(event)}>
          <TextField label={t('courses.editor.module.title')} value={title} onChange={(event) => setTitle(event.target.value)} data-testid="module-rename-title" />
          <Button type="submit" busy={renameState.loading} data-testid="module-rename-submit">
            {t('courses.editor.save')}
          </Button>
        </form>
      )}
      {confirmingDelete && (
        <div className="hs-row hs-confirm">
          <span>{t('courses.editor.module.deleteConfirm', { title: module.title, count: module.lessons.length })}</span>
          <Button variant="danger" busy={deleting.loading} onClick={() => void run(() => deleteModule({ variables: { moduleId: module.id } }))} data-testid="module-delete-confirm">
            {t('courses.editor.delete')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      )}
      <ol className="hs-editor-list hs-editor-list--lessons" onDragOver={acceptLessonDrop} onDrop={acceptLessonDrop} aria-label={t('courses.editor.lesson.listLabel', { title: module.title })}>
        {lessons.order.map((lessonId, lessonIndex) => {
          const lesson = lessonsById.get(lessonId);
          if (!lesson) return null;
          return (
            <LessonRow
              key={lesson.id}
              lesson={lesson}
              index={lessonIndex}
              total={lessons.order.length}
              locked={locked}
              itemProps={lessons.itemProps(lesson.id)}
              onStep={(direction) => lessons.step(lesson.id, direction)}
              onChanged={onChanged}
            />
          );
        })}
        {module.lessons.length === 0 && <li className="hs-muted hs-editor-list__empty">{t('courses.editor.lesson.none')}</li>}
      </ol>
      {addingLesson ? (
        <div className="hs-card hs-add-lesson">
          <h4>{t('courses.editor.lesson.add')}</h4>
          <LessonForm
            testIdPrefix="lesson-add"
            submitLabel={t('courses.editor.lesson.addAction')}
            disabled={locked}
            onCancel={() => setAddingLesson(false)}
            onSubmit={async (values) => {
              const content = lessonContentOf(values);
              await addLesson({ variables: { input: { ...content, moduleId: module.id, kind: values.kind, fileId: content.fileId ?? undefined, examId: content.examId } } });
              await onChanged();
              announce(t('courses.editor.announce.lessonAdded', { title: values.title }));
            }}
          />
        </div>
      ) : (
        <Button variant="secondary" disabled={locked} onClick={() => setAddingLesson(true)} data-testid="lesson-add-open">
          + {t('courses.editor.lesson.add')}
        </Button>
      )}
    </li>
  );
}
